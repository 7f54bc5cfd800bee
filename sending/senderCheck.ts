/**
 * Whether receivers will trust the sender, looked up in DNS before the first real send (`npm run
 * check:mail`): SPF for the envelope's domain, the DKIM selector's key (and that it is the key
 * messages are signed with), DMARC for MAIL_FROM's domain, and that the three line up
 * (lib/mail/alignment.ts). Each line says, in Swedish, what is missing and what to ask the DNS
 * administrator for. Node's resolver, pointed at any server (the tests run Debian's dnsmasq).
 */
import { createPublicKey } from 'node:crypto'
import type { Resolver } from 'node:dns/promises'

import { alignmentProblems, organisationalDomain } from '@/lib/mail/alignment'
import type { Dkim } from '@/lib/envRules'

export type CheckLine = { level: 'ok' | 'warn' | 'fail'; text: string }

export type SenderSettings = { from: string; dkim: Dkim | null; bounceAddress: string | null }

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase()

type Lookup = { records: string[] } | { error: string }

/** TXT records of a name, each record's strings joined (a long DKIM key comes in several); or why not. */
async function txt(resolver: Pick<Resolver, 'resolveTxt'>, name: string): Promise<Lookup> {
  try {
    return { records: (await resolver.resolveTxt(name)).map((chunks) => chunks.join('')) }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENODATA' || code === 'ENOTFOUND') return { records: [] }
    return { error: `DNS svarade inte på frågan om ${name} (${code ?? String(error)}).` }
  }
}

/** The value of one tag of a DKIM or DMARC record (`p=…; k=rsa`), whitespace removed. */
const tagOf = (record: string, tag: string): string | null => new RegExp(`(?:^|;)\\s*${tag}\\s*=\\s*([^;]*)`, 'i').exec(record)?.[1]?.replace(/\s+/g, '') ?? null

async function spf(resolver: Pick<Resolver, 'resolveTxt'>, domain: string): Promise<CheckLine> {
  const found = await txt(resolver, domain)
  if ('error' in found) return { level: 'fail', text: found.error }
  const records = found.records.filter((r) => /^v=spf1(\s|$)/i.test(r))
  if (records.length === 0) return { level: 'fail', text: `SPF saknas för ${domain}. Be DNS-administratören lägga till en TXT-post på ${domain} som tillåter e-postleverantörens servrar, till exempel "v=spf1 include:<leverantörens SPF> -all".` }
  if (records.length > 1) return { level: 'fail', text: `${domain} har ${records.length} SPF-poster; mottagare underkänner då SPF. Be DNS-administratören slå ihop dem till en.` }
  return { level: 'ok', text: `SPF finns för ${domain}: ${records[0]}` }
}

async function dkim(resolver: Pick<Resolver, 'resolveTxt'>, settings: SenderSettings): Promise<CheckLine> {
  if (!settings.dkim) return { level: 'warn', text: `Produkten signerar inte med DKIM (DKIM_*). Kontrollera att e-postleverantören signerar för ${domainOf(settings.from)}.` }
  const { domainName, keySelector, privateKey } = settings.dkim
  const name = `${keySelector}._domainkey.${domainName}`
  const found = await txt(resolver, name)
  if ('error' in found) return { level: 'fail', text: found.error }
  const published = found.records.map((r) => tagOf(r, 'p')).find((p) => p !== null)
  const ours = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64')
  if (!published) return { level: 'fail', text: `DKIM-nyckeln saknas på ${name}. Be DNS-administratören lägga till en TXT-post där: "v=DKIM1; k=rsa; p=${ours}"` }
  if (published !== ours) return { level: 'fail', text: `DKIM-nyckeln på ${name} hör inte till DKIM_PRIVATE_KEY: signaturerna underkänns. Publicera "v=DKIM1; k=rsa; p=${ours}" eller använd rätt nyckel.` }
  return { level: 'ok', text: `DKIM-nyckeln på ${name} stämmer med den som signerar.` }
}

async function dmarc(resolver: Pick<Resolver, 'resolveTxt'>, fromDomain: string): Promise<CheckLine> {
  // A sub-domain without its own record falls under its organisational domain's (RFC 7489 §6.6.3).
  for (const domain of [...new Set([fromDomain, organisationalDomain(fromDomain)])]) {
    const found = await txt(resolver, `_dmarc.${domain}`)
    if ('error' in found) return { level: 'fail', text: found.error }
    const record = found.records.find((r) => /^v=DMARC1(\s*;|$)/i.test(r))
    if (record) {
      const policy = tagOf(record, 'p') ?? 'none'
      return { level: 'ok', text: `DMARC finns för ${domain} (p=${policy})${policy === 'none' ? ': bara rapporter, skärp till quarantine när allt passerar.' : '.'}` }
    }
  }
  return { level: 'fail', text: `DMARC saknas för ${fromDomain}. Gmail och Yahoo kräver det av massutskick. Be DNS-administratören lägga till en TXT-post på _dmarc.${organisationalDomain(fromDomain)}: "v=DMARC1; p=none; rua=mailto:<adress för rapporter>"` }
}

export async function checkSender(settings: SenderSettings, resolver: Pick<Resolver, 'resolveTxt'>): Promise<CheckLine[]> {
  const fromDomain = domainOf(settings.from)
  const envelopeDomain = settings.bounceAddress ? domainOf(settings.bounceAddress) : fromDomain
  const aligned: CheckLine[] = alignmentProblems({ from: settings.from, dkimDomain: settings.dkim?.domainName ?? null, bounceAddress: settings.bounceAddress }).map((text) => ({ level: 'fail', text }))
  return [...aligned, await spf(resolver, envelopeDomain), await dkim(resolver, settings), await dmarc(resolver, fromDomain)]
}

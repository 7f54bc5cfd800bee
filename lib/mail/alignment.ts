/**
 * Whether the addresses a message goes out under belong together, as receivers judge it (DMARC's
 * relaxed alignment, RFC 7489 §3.1): the organisational domain — the name below its public suffix,
 * by the Public Suffix List (tldts) — of MAIL_FROM, DKIM_DOMAIN and BOUNCE_ADDRESS must be one.
 * Otherwise DMARC fails for every message (or SPF's half of it), and Gmail, Yahoo and Outlook.com
 * send bulk mail that fails DMARC to spam or back. Pure: the start, the admin and `npm run
 * check:mail` say the same.
 */
import { getDomain } from 'tldts'

export type MailIdentity = { from: string; dkimDomain: string | null; bounceAddress: string | null }

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase()

/** The organisational domain of a host name (lansstyrelsen.se for nyhetsbrev.lansstyrelsen.se). */
export const organisationalDomain = (host: string): string => getDomain(host.toLowerCase()) ?? host.toLowerCase()

/** What does not line up, in Swedish, each with what to do; empty when all is well. */
export function alignmentProblems({ from, dkimDomain, bounceAddress }: MailIdentity): string[] {
  const fromDomain = domainOf(from)
  const org = organisationalDomain(fromDomain)
  const problems: string[] = []
  if (dkimDomain && organisationalDomain(dkimDomain) !== org) {
    problems.push(`DKIM-signaturen görs för ${dkimDomain}, men avsändaren (MAIL_FROM) är @${fromDomain}: DMARC godkänner bara en signatur för samma organisationsdomän (${org}). Signera för ${fromDomain} eller en underdomän till ${org}.`)
  }
  if (bounceAddress && organisationalDomain(domainOf(bounceAddress)) !== org) {
    problems.push(`Returadressen (BOUNCE_ADDRESS) är @${domainOf(bounceAddress)}, men avsändaren är @${fromDomain}: då räknas SPF inte för DMARC. Välj en returadress under ${org}.`)
  }
  return problems
}

/**
 * `npm run check:mail`: before the first real send, whether receivers will trust the sender —
 * SPF, the DKIM key, DMARC and that they line up — looked up in DNS for the settings in the
 * environment (MAIL_FROM, DKIM_*, BOUNCE_ADDRESS, as the server gets them). Says in
 * Swedish what is missing and what to ask the DNS administrator for; exits 1 when something fails.
 * `--dns host:port` asks that DNS server instead of the system's.
 */
import { Resolver } from 'node:dns/promises'

import { checkDkim, checkMailFrom, checkReturns } from '@/lib/envRules'
import { checkSender } from '@/sending/senderCheck'

const MARK = { ok: '✓', warn: '!', fail: '✖' } as const

async function main(): Promise<number> {
  const at = process.argv.indexOf('--dns')
  const resolver = new Resolver({ timeout: 3_000, tries: 2 })
  if (at >= 0) {
    const server = process.argv[at + 1]
    if (!server || !/^[\w.:[\]-]+$/.test(server)) {
      console.error('✖ --dns tar en DNS-server, till exempel --dns 9.9.9.9 eller --dns 127.0.0.1:5353.')
      return 2
    }
    resolver.setServers([server])
  }
  const from = checkMailFrom(process.env.MAIL_FROM, process.env.SITE_URL || 'http://localhost')
  const dkim = checkDkim(process.env)
  const returns = checkReturns(process.env, (dir) => dir)
  const problems = [from, dkim, returns].flatMap((c) => ('problem' in c ? [c.problem] : []))
  if (!('value' in from && 'value' in dkim && 'value' in returns)) {
    for (const problem of problems) console.error(`✖ ${problem}`)
    return 2
  }
  console.log(`Avsändare ${from.value.address}${returns.value.bounceAddress ? `, returadress ${returns.value.bounceAddress}` : ''}${dkim.value ? `, DKIM ${dkim.value.keySelector}._domainkey.${dkim.value.domainName}` : ''}`)
  const lines = await checkSender({ from: from.value.address, dkim: dkim.value, bounceAddress: returns.value.bounceAddress }, resolver)
  for (const line of lines) console.log(`${MARK[line.level]} ${line.text}`)
  const failed = lines.filter((l) => l.level === 'fail').length
  console.log(failed === 0 ? 'Avsändaren är redo.' : `${failed} sak${failed === 1 ? '' : 'er'} att åtgärda innan första riktiga utskicket.`)
  return failed === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✖ ${(error as Error).message}`)
    process.exit(2)
  },
)

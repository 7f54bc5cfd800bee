import { spawn } from 'node:child_process'

import { CHECK_LIMITS, type CheckLine } from '@/editorial/model'

export type Spamd = { host: string; port: number }

type Report = { score: number; threshold: number; rules: { points: number; name: string; description: string }[] }

/** spamc's report (`-R`): "score/threshold", then a table of the rules that fired. */
function reportOf(output: string): Report | null {
  const [first = '', ...rest] = output.split('\n')
  const head = /^(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(first.trim())
  if (!head) return null
  const rules = rest.flatMap((line) => {
    const found = /^\s*(-?\d+(?:\.\d+)?)\s+([A-Z][A-Z0-9_]+)\s+(.*)$/.exec(line)
    return found ? [{ points: Number(found[1]), name: found[2] ?? '', description: (found[3] ?? '').trim() }] : []
  })
  return { score: Number(head[1]), threshold: Number(head[2]), rules }
}

/** The message to spamd through Debian's own client (spamc), which speaks its protocol. */
function askSpamd(message: Buffer, spamd: Spamd): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('spamc', ['-d', spamd.host, '-p', String(spamd.port), '-R', '-x', '-t', String(CHECK_LIMITS.spamTimeoutSeconds)], { stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(out) : reject(new Error(`spamc exited ${code}`))))
    child.stdin.on('error', () => undefined)
    child.stdin.end(message)
  })
}

/** SpamAssassin's score of the e-mail (when SPAMD_URL is set), with the rules that fired. */
export async function spamLine(message: Buffer, spamd: Spamd | null): Promise<CheckLine> {
  const label = 'Skräppostpoäng'
  if (!spamd) return { id: 'spam', label, status: 'skipped', detail: 'Ingen SpamAssassin är inställd (SPAMD_URL).' }
  const report = await askSpamd(message, spamd).then(reportOf, () => null)
  if (!report) return { id: 'spam', label, status: 'warn', detail: 'SpamAssassin svarade inte.', fix: 'Försök igen om en stund, eller be den som driver webbplatsen se efter spamd.' }
  const items = report.rules.filter((r) => r.points !== 0).map((r) => `${r.name} (${r.points > 0 ? '+' : ''}${r.points}): ${r.description}`)
  const detail = `${report.score} poäng; ${report.threshold} räknas som skräppost.`
  if (report.score >= report.threshold) return { id: 'spam', label, status: 'fail', detail, fix: 'Ändra det reglerna nedan pekar på.', items }
  if (report.score >= report.threshold / 2) return { id: 'spam', label, status: 'warn', detail, fix: 'Se över det reglerna nedan pekar på.', items }
  return { id: 'spam', label, status: 'pass', detail, items }
}

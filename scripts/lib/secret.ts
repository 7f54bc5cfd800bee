import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { checkSecret } from '../../lib/envRules'

import { StartupError } from './cli'
import { SECRET_FILE } from './paths'

/**
 * PAYLOAD_SECRET when it is set. With the embedded database a random one is made on first start
 * and kept in .data/, so `npm start` needs no configuration; with an external database the
 * operator must give one (a deployment should never depend on a file in the work tree).
 */
export async function resolveSecret(embedded: boolean): Promise<string> {
  const given = process.env.PAYLOAD_SECRET
  if (given || !embedded) {
    const checked = checkSecret(given)
    if ('problem' in checked) throw new StartupError(checked.problem)
    return checked.value
  }
  if (existsSync(SECRET_FILE)) return (await readFile(SECRET_FILE, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await mkdir(path.dirname(SECRET_FILE), { recursive: true })
  await writeFile(SECRET_FILE, `${secret}\n`, { mode: 0o600 })
  return secret
}

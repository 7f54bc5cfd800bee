/**
 * Debian's Dovecot (dovecot-imapd, scripts/prerequisites.sh installs it) as the tests' returns
 * mailbox: on a free loopback port, with a throwaway configuration, user and Maildir of its own,
 * plain IMAP with a password (no TLS on loopback), stopped and started again for outage tests.
 * Runs as root, as the tests here do (Dovecot drops to its own users and the mail user below).
 */
import { spawn } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@/scripts/lib/ports'

import { restartableProcess } from './restartableProcess'

export const DOVECOT = '/usr/sbin/dovecot'

export type TestImap = { port: number; user: string; password: string; url: string; stop: () => Promise<void>; start: () => Promise<void>; dispose: () => Promise<void> }

export async function startTestImap(): Promise<TestImap> {
  const port = await findFreePort()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rus-imap-'))
  const user = 'studs'
  const password = `test-${Math.random().toString(36).slice(2)}`
  // Dovecot will not deliver mail as root: the Maildir belongs to nobody when the tests run as root.
  const uid = process.getuid?.() === 0 ? 65534 : (process.getuid?.() ?? 65534)
  const gid = process.getgid?.() === 0 ? 65534 : (process.getgid?.() ?? 65534)
  // Dovecot's own users (auth, the mail user) read the password file and reach the Maildir.
  chmodSync(dir, 0o755)
  for (const sub of ['run', 'state', 'mail']) mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o755 })
  if (process.getuid?.() === 0) chownSync(path.join(dir, 'mail'), uid, gid)
  writeFileSync(path.join(dir, 'users'), `${user}:{PLAIN}${password}\n`, { mode: 0o644 })
  writeFileSync(
    path.join(dir, 'dovecot.conf'),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:${dir}/mail/%u
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`,
  )
  const { start, stop } = restartableProcess(() => spawn(DOVECOT, ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: 'ignore' }), port, 'SIGTERM')
  await start()
  const dispose = async () => {
    await stop()
    rmSync(dir, { recursive: true, force: true })
  }
  return { port, user, password, url: `imap://${user}:${password}@127.0.0.1:${port}/INBOX`, stop, start, dispose }
}

/**
 * Where the e2e server's SMTP server (testing/smtpServer.ts, started by testing/e2eServer.ts)
 * keeps what the site mailed, for the Playwright tests to read (testing/mailbox.ts). Beside the
 * e2e build, which only this checkout's e2e server writes.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const E2E_MAILBOX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.next-e2e-mailbox')

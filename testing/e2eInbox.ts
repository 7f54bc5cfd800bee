/**
 * The e2e server's returns folder (INBOX_DIR, set by testing/e2eServer.ts): the journeys put
 * bounces of the messages it sent here, as a mail server's delivery agent would. Beside the e2e build.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const E2E_INBOX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.next-e2e-inbox')

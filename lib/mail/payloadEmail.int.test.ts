import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkIn, waitForMail } from '@/testing/mailbox'
import { createStaff, testPayload } from '@/testing/payload'

describe("Payload's own mail", () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('goes the way all mail goes: a forgotten password reaches the SMTP server in SMTP_URL', async () => {
    const editor = await createStaff(payload, 'editor')
    await payload.forgotPassword({ collection: 'users', data: { email: editor.email } })
    const [mail] = await waitForMail(process.env.TEST_MAILBOX_DIR ?? '', editor.email)
    expect(mail?.from?.value[0]?.address).toMatch(/^nyhetsbrev@/)
    expect(mail?.subject).toBe('Återställ ditt lösenord till Nytt från RUS')
    expect(linkIn(mail!, /\/admin\/reset\//)).toMatch(/^http:\/\/localhost:\d+\/admin\/reset\//)
  })
})

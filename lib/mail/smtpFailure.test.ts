import { describe, expect, it } from 'vitest'

import { smtpFailure } from './smtpFailure'

describe('smtpFailure', () => {
  it('tells a refused recipient from a recipient to try later and from a server that cannot take mail', () => {
    expect(smtpFailure({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO', response: '550 5.1.1 No such user' })).toEqual({ kind: 'recipient', message: '550 5.1.1 No such user' })
    expect(smtpFailure({ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO', response: '451 Try later' }).kind).toBe('recipientLater')
    expect(smtpFailure({ code: 'EENVELOPE', responseCode: 421, command: 'MAIL FROM', response: '421 Not now' }).kind).toBe('temporary')
    expect(smtpFailure({ code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:1' }).kind).toBe('temporary')
    expect(smtpFailure({ code: 'ETIMEDOUT', message: 'Connection timeout' }).kind).toBe('temporary')
    expect(smtpFailure({ code: 'EAUTH', responseCode: 535, response: '535 Authentication failed' }).kind).toBe('server')
    expect(smtpFailure({ code: 'EMESSAGE', responseCode: 554, command: 'DATA', response: '554 Message rejected' }).kind).toBe('server')
    expect(smtpFailure('odd').kind).toBe('temporary')
  })

  it('reads a refusal at RCPT TO that is about the sender as the server’s, never as a bounce of the address', () => {
    const atRecipient = (response: string) => smtpFailure({ code: 'EENVELOPE', responseCode: Number(response.slice(0, 3)), command: 'RCPT TO', response }).kind
    for (const response of [
      '550 5.7.1 Relaying denied',
      '554 5.7.1 <anna@example.se>: Relay access denied',
      '550 5.7.1 Unable to relay for anna@example.se',
      '530 5.7.0 Authentication required',
      '550 5.7.27 Sender address has null MX',
      '550 5.7.26 Unauthenticated email from example.se is not accepted due to domain\'s DMARC policy',
      '553 5.7.1 Sender address rejected: not owned by user',
    ]) expect(atRecipient(response), response).toBe('server')
    for (const response of ['550 5.1.1 User unknown', '550 5.7.1 Recipient address rejected: Access denied', '552 5.2.2 Mailbox full']) expect(atRecipient(response), response).toBe('recipient')
  })
})

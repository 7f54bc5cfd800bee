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
})

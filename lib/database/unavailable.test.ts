import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from './unavailable'

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET')],
    ['a server shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['a server starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection failure (08006)', withCode('08006')],
    ["node-postgres' terminated connection", new Error('Connection terminated unexpectedly')],
    ["node-postgres' connect timeout", new Error('timeout exceeded when trying to connect')],
    ["Payload's transaction error, which keeps only the message", new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:41735')],
    ["Drizzle's wrapper around the driver's error", new Error('Failed query: select 1', { cause: withCode('ECONNREFUSED') })],
  ])('recognises %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601')],
    ['a validation error', new Error('Följande fält är ogiltiga: Rubrik')],
    ['a word that merely contains a code', new Error('XECONNREFUSEDX')],
    ['undefined', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('leaves %s alone', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('stops on a cause that points back at itself', () => {
    const error = new Error('loop') as Error & { cause?: unknown }
    error.cause = error
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})

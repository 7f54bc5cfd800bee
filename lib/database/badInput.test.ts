import { describe, expect, it } from 'vitest'

import { isBadInput } from './badInput'

const pg = (code: string) => Object.assign(new Error('from PostgreSQL'), { code })

describe('isBadInput', () => {
  it.each([
    ['a word where an integer belongs (22P02)', '22P02'],
    ['an id past the integer range (22003)', '22003'],
    ['a negative OFFSET (2201X)', '2201X'],
    ['an operator the type has not (42883)', '42883'],
  ])('recognises %s, also wrapped by Drizzle', (_label, code) => {
    expect(isBadInput(pg(code))).toBe(true)
    expect(isBadInput(new Error('Failed query: select …', { cause: pg(code) }))).toBe(true)
  })

  it('leaves faults of the server alone', () => {
    for (const code of ['42601', '42P01', '23505', 'ECONNREFUSED', '08006']) expect(isBadInput(pg(code)), code).toBe(false)
    expect(isBadInput(new TypeError('x is undefined'))).toBe(false)
  })
})

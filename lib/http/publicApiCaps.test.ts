import { describe, expect, it } from 'vitest'

import { cappedLimit, capRead, PUBLIC_API_CAPS } from './publicApiCaps'

const { limit: CAP, depth: DEPTH } = PUBLIC_API_CAPS

describe('the caps on a read by anyone but staff', () => {
  it('keeps a page size within the cap, and makes "all" the cap', () => {
    expect(cappedLimit(5)).toBe(5)
    expect(cappedLimit(1_000_000)).toBe(CAP)
    expect(cappedLimit(0)).toBe(CAP)
    expect(cappedLimit(-3)).toBe(CAP)
    expect(cappedLimit(undefined, false)).toBe(CAP)
    // No limit asked, with pages: Payload's own default stays.
    expect(cappedLimit(undefined)).toBeUndefined()
  })

  it('caps depth and every join', () => {
    expect(capRead({ depth: 10, joins: { appearsIn: { limit: 0 }, other: false } })).toEqual({ limit: undefined, depth: DEPTH, joins: { appearsIn: { limit: CAP }, other: false } })
    expect(capRead({ depth: 0 }).depth).toBe(0)
    expect(capRead<{ depth?: number }>({}).depth).toBe(DEPTH)
  })
})

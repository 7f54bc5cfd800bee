import { describe, expect, it } from 'vitest'

import { readReturnTag, returnPathOf, returnTag, returnTagsIn, unsubscribeMailto, unsubscribeTagOf } from './returnPath'

const SECRET = 'x'.repeat(64)

describe('the return path', () => {
  it('names a delivery, a test send or a service mail, signed; any case reads; an altered or foreign one does not', () => {
    for (const tag of [{ kind: 'd' as const, id: 1 }, { kind: 't' as const, id: 42 }, { kind: 's' as const, id: 2_147_483_647 }]) {
      const token = returnTag(tag, SECRET)
      expect(token).toMatch(/^[dts]\d+-[0-9a-f]{16}$/)
      expect(readReturnTag(token, SECRET)).toEqual(tag)
      expect(readReturnTag(token.toUpperCase(), SECRET)).toEqual(tag)
      expect(readReturnTag(token, 'y'.repeat(64))).toBeNull()
      expect(readReturnTag(token.replace(/^(\w)(\d)/, (_m, k: string, d: string) => `${k}${(Number(d) + 1) % 10}`), SECRET)).toBeNull()
    }
    for (const junk of ['', 'd1', 'd0-0123456789abcdef', 'x1-0123456789abcdef', `d1-${'0'.repeat(17)}`]) expect(readReturnTag(junk, SECRET)).toBeNull()
  })

  it('fits a local part (64 characters at most) with the longest id and the unsubscribe prefix', () => {
    const bounce = `${'s'.repeat(22)}@example.se`
    const mailto = unsubscribeMailto(2_147_483_647, bounce) ?? ''
    const local = /^mailto:([^@]+)@/.exec(mailto)?.[1] ?? ''
    expect(local.length).toBeLessThanOrEqual(64)
    expect(unsubscribeTagOf(`${local}@example.se`)).toMatchObject({ kind: 'd', id: 2_147_483_647 })
  })

  it('is the envelope sender with a bounce address, and a header always', () => {
    const withBounce = returnPathOf({ kind: 'd', id: 7 }, 'anna@example.org', 'studs@example.se')
    expect(withBounce.envelope).toEqual({ from: expect.stringMatching(/^studs\+d7-[0-9a-f]{16}@example\.se$/), to: 'anna@example.org' })
    const without = returnPathOf({ kind: 'd', id: 7 }, 'anna@example.org', null)
    expect(without.envelope).toBeUndefined()
    expect(Object.values(without.headers)[0]).toMatch(/^d7-/)
    expect(returnTagsIn(`To: ${withBounce.envelope?.from}\nX: ${returnTag({ kind: 't', id: 3 })} d9-0000000000000000`)).toEqual([{ kind: 'd', id: 7 }, { kind: 't', id: 3 }])
  })
})

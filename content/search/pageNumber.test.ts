import { describe, expect, it } from 'vitest'

import { toPageNumber } from './pageNumber'

describe('toPageNumber', () => {
  it('reads a plain page number', () => {
    expect(toPageNumber('2')).toBe(2)
    expect(toPageNumber(['3', '4'])).toBe(3)
  })

  it('takes anything else as page 1', () => {
    for (const value of [undefined, '', '0', '-1', '1.5', '02', 'två', '1e3', ' 2', '9999', '99999999999999999999', 'NaN']) {
      expect(toPageNumber(value)).toBe(1)
    }
  })
})

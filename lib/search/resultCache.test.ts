import { describe, expect, it } from 'vitest'

import { forgetSearches, rememberedSearch } from './resultCache'

describe('remembered search results', () => {
  it('asks the database once a minute per query, again after a publish, and keeps at most 500', async () => {
    forgetSearches()
    let runs = 0
    const search = (key: string, at: number) => rememberedSearch(key, async () => ++runs, at)
    expect(await search('plast:*', 0)).toBe(1)
    expect(await search('plast:*', 59_000)).toBe(1)
    expect(await search('plast:*', 60_000)).toBe(2)
    forgetSearches()
    expect(await search('plast:*', 60_001)).toBe(3)
    for (let i = 0; i < 600; i++) await search(`ord${i}:*`, 61_000)
    expect(await search('plast:*', 61_000)).toBe(604)
    expect(await search('ord599:*', 61_000)).toBe(603)
  })

  it('does not remember a result that was being read while content changed', async () => {
    forgetSearches()
    let runs = 0
    await rememberedSearch('miljö:*', async () => {
      forgetSearches() // a publish lands while the database answers
      return ++runs
    }, 0)
    expect(await rememberedSearch('miljö:*', async () => ++runs, 1)).toBe(2)
  })
})

import { describe, expect, it } from 'vitest'

import { claimFeed } from './feed'

describe('the claim feed', () => {
  it('hands out every claimed row once, claims the next batch before the last runs out, and ends on an empty claim', async () => {
    const batches = [[1, 2, 3, 4], [5, 6, 7, 8], [9]]
    const claimedWhenLeft: number[] = []
    let handedOut = 0
    const feed = claimFeed(
      async () => {
        claimedWhenLeft.push(handedOut)
        return batches.shift() ?? []
      },
      { lowWater: 2 },
    )
    const got: number[] = []
    for (let row = await feed.next(); row !== null; row = await feed.next()) {
      got.push(row)
      handedOut += 1
    }
    expect(got).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    // The second batch was asked for while two of the first were still to go, not after the last.
    expect(claimedWhenLeft[1]).toBeLessThan(4)
    expect(await feed.leftover()).toEqual([])
  })

  it('gives back what it claimed and never handed out, and passes on a failed claim', async () => {
    const feed = claimFeed(async () => [1, 2, 3], { lowWater: 0 })
    expect(await feed.next()).toBe(1)
    expect(await feed.leftover()).toEqual([2, 3])
    expect(await feed.next()).toBeNull()

    const failing = claimFeed<number>(async () => Promise.reject(new Error('databasen svarar inte')), { lowWater: 0 })
    await expect(failing.next()).rejects.toThrow('databasen svarar inte')
  })
})

import { describe, expect, it, vi } from 'vitest'

import { Lane } from './apiLanes'

describe('a lane of API requests', () => {
  it('lets its places run, queues the next ones in order, and turns away the rest', async () => {
    const lane = new Lane({ running: 2, queued: 2, waitMs: 60_000 })
    expect(await Promise.all([lane.enter(), lane.enter()])).toEqual([true, true])
    const order: string[] = []
    const third = lane.enter().then((ok) => void order.push(`third ${ok}`))
    const fourth = lane.enter().then((ok) => void order.push(`fourth ${ok}`))
    // The queue is full: the fifth is answered at once.
    expect(await lane.enter()).toBe(false)
    lane.leave()
    await third
    lane.leave()
    await fourth
    expect(order).toEqual(['third true', 'fourth true'])
  })

  it('gives up on a request that waited too long, and its place in the queue goes to nobody', async () => {
    vi.useFakeTimers()
    try {
      const lane = new Lane({ running: 1, queued: 1, waitMs: 1000 })
      await lane.enter()
      const waiting = lane.enter()
      vi.advanceTimersByTime(1001)
      expect(await waiting).toBe(false)
      // The queue has room again, and the place is handed on as usual.
      const next = lane.enter()
      lane.leave()
      expect(await next).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})

import { describe, expect, it } from 'vitest'

import { acceptedInGroups, type AcceptedRow } from './accepted'

describe('accepted messages written in groups', () => {
  it('writes every row once, in order, at most maxRows a statement, and all of them on close', async () => {
    const writes: AcceptedRow[][] = []
    const accepted = acceptedInGroups(async (rows) => void writes.push(rows), { maxRows: 3, maxWaitMs: 1000 })
    for (let id = 1; id <= 7; id++) accepted.add({ id, messageId: `<${id}@x>` })
    await accepted.close()
    expect(writes.map((rows) => rows.map((row) => row.id))).toEqual([[1, 2, 3], [4, 5, 6], [7]])
  })

  it('writes a lone row after maxWaitMs without waiting for more', async () => {
    const writes: AcceptedRow[][] = []
    const accepted = acceptedInGroups(async (rows) => void writes.push(rows), { maxRows: 100, maxWaitMs: 5 })
    accepted.add({ id: 1, messageId: '<1@x>' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(writes).toEqual([[{ id: 1, messageId: '<1@x>' }]])
    await accepted.close()
  })

  it('reports a write that failed when closed', async () => {
    const accepted = acceptedInGroups(async () => Promise.reject(new Error('skrivfel')), { maxRows: 1 })
    accepted.add({ id: 1, messageId: '<1@x>' })
    await expect(accepted.close()).rejects.toThrow('skrivfel')
  })
})

/**
 * `npm run bench:checklist`: the checklist before sending (editorial/checklist/) on the seed issue,
 * on a throwaway database with the seed, its links answering from a local server (each address
 * rewritten to it) and Debian's spamd on loopback — five runs, the median and the slowest, and
 * what each line said. Writes .data/bench/checklist-latest.json. About half a minute.
 *
 * Run with the Payload flags (package.json): node --import lexical --import tsx/esm bench/checklist.ts
 */
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { PAYLOAD_SCRIPT_FLAGS, runNode, runToExit, say } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import { startTestSpamd } from '@/testing/spamdServer'
import { createThrowawayDatabase } from '@/testing/throwawayDatabase'

import { BENCH_DIR } from './report'

const RUNS = 5

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_checklist')
  const spamd = await startTestSpamd()
  const server = http.createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>ok</p>'))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  Object.assign(process.env, { DATABASE_URL: database.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), JOBS_IN_SERVER: 'false' })
  try {
    say('Migrating and seeding a throwaway database')
    if ((await runNode([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/prepare-db.ts')], process.env)) !== 0) throw new Error('prepare-db failed')
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const { runChecklist } = await import('@/editorial/checklist/run')
    const { isPublicAddress } = await import('@/lib/http/safeFetch')
    const { createStaff } = await import('@/testing/payload')
    const payload = await getPayload({ config })
    const editor = await createStaff(payload, 'editor')

    say("Pointing the seed's links at a local server")
    const toLocal = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replace(/https:\/\/www\.([a-z.]+)\//g, (_, host: string) => `${local}/${host}/`))
    for (const collection of ['articles', 'events'] as const) {
      const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true })
      for (const doc of docs) {
        const { id, createdAt: _c, updatedAt: _u, ...data } = doc
        await payload.update({ collection, id, data: toLocal(data) as never, overrideAccess: true })
      }
    }
    const [issue] = (await payload.find({ collection: 'issues', where: { slug: { equals: '2021-03-31' } }, depth: 0, overrideAccess: true })).docs
    if (!issue) throw new Error('the seed issue is missing')

    const rules = { allowHttp: true, allowAddress: (address: string) => address === '127.0.0.1' || isPublicAddress(address) }
    const times: number[] = []
    let last: Awaited<ReturnType<typeof runChecklist>> = null
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      last = await runChecklist(payload, editor, issue.id, { spamd, fetchRules: rules })
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const figures = {
      date: new Date().toISOString(),
      medianMs: Math.round(times[Math.floor(RUNS / 2)] ?? 0),
      slowestMs: Math.round(times.at(-1) ?? 0),
      lines: last?.lines.map((l) => ({ id: l.id, status: l.status, detail: l.detail })),
    }
    console.log(`\nThe checklist on the seed issue (${RUNS} runs, target < 5 s): median ${figures.medianMs} ms, slowest ${figures.slowestMs} ms`)
    for (const line of figures.lines ?? []) console.log(`  ${line.id.padEnd(14)} ${line.status.padEnd(8)} ${line.detail}`)
    await mkdir(BENCH_DIR, { recursive: true })
    await writeFile(path.join(BENCH_DIR, 'checklist-latest.json'), `${JSON.stringify(figures, null, 2)}\n`)
  } finally {
    server.close()
    await spamd.dispose()
    await database.dispose()
  }
}

runToExit(main)

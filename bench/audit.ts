/**
 * `npm run bench:audit`: the log ("Logg") with a million generated entries on a throwaway
 * database — two years of 50 people's sign-ins, publishing and sends — filtered as an admin
 * filters it (audit/search.ts, the view's own query): everything, by person, by kind, by person,
 * kind and a month, and a person's 50th page. Each five times; prints the median and the slowest,
 * and writes them to .data/bench/audit-latest.json. About a minute.
 *
 * Run with the Payload flags (package.json): node --import lexical --import tsx/esm bench/audit.ts
 */
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { PAYLOAD_SCRIPT_FLAGS, runNode, runToExit, say } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import { createThrowawayDatabase } from '@/testing/throwawayDatabase'

import { BENCH_DIR } from './report'

const ENTRIES = 1_000_000
const RUNS = 5

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_audit')
  Object.assign(process.env, { DATABASE_URL: database.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), JOBS_IN_SERVER: 'false' })
  try {
    say('Migrating a throwaway database')
    if ((await runNode([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/prepare-db.ts'), '--no-seed'], process.env)) !== 0) throw new Error('prepare-db failed')
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const { sql } = await import('@payloadcms/db-postgres')
    const { searchAudit } = await import('@/audit/search')
    const { AUDIT_KINDS } = await import('@/audit/model')
    const payload = await getPayload({ config })

    say(`Generating ${ENTRIES.toLocaleString('en')} entries over two years`)
    const kinds = AUDIT_KINDS.map((k) => k.value)
    let started = performance.now()
    // The table refuses changes, not inserts: one INSERT … SELECT, as many entries would arrive.
    await payload.db.drizzle.execute(sql`
      INSERT INTO audit_log (at, actor, actor_id, kind, collection, document_id, title, address)
      SELECT now() - (random() * interval '730 days'), 'person' || (i % 50) || '@lansstyrelsen.example', i % 50,
        (${`{${kinds.join(',')}}`}::text[])[1 + (i % ${kinds.length})], 'articles', (i % 5000)::text, 'Artikel ' || (i % 5000), '192.0.2.' || (i % 250)
      FROM generate_series(1, ${ENTRIES}) AS i`)
    await payload.db.drizzle.execute(sql`ANALYZE audit_log`)
    const generateSeconds = Math.round(performance.now() - started) / 1000

    const month = new Date(Date.now() - 90 * 24 * 3600_000).toISOString().slice(0, 7)
    const filters = {
      everything: {},
      person: { actor: 'person7@lansstyrelsen.example' },
      kind: { kind: 'published' as const },
      personKindMonth: { actor: 'person7@lansstyrelsen.example', kind: 'published' as const, from: `${month}-01`, to: `${month}-28` },
      personPage50: { actor: 'person7@lansstyrelsen.example', page: 50 },
    }
    const figures: Record<string, { medianMs: number; maxMs: number; rows: number }> = {}
    for (const [name, filter] of Object.entries(filters)) {
      const times: number[] = []
      let rows = 0
      for (let run = 0; run < RUNS; run++) {
        started = performance.now()
        rows = (await searchAudit(payload, filter)).rows.length
        times.push(performance.now() - started)
      }
      times.sort((a, b) => a - b)
      figures[name] = { medianMs: Math.round((times[Math.floor(RUNS / 2)] ?? 0) * 10) / 10, maxMs: Math.round((times.at(-1) ?? 0) * 10) / 10, rows }
    }
    console.log(`\n${ENTRIES.toLocaleString('en')} entries generated in ${generateSeconds} s; a page of the log (target ≤ 200 ms):`)
    for (const [name, f] of Object.entries(figures)) console.log(`  ${name.padEnd(16)} median ${f.medianMs} ms, slowest ${f.maxMs} ms (${f.rows} rows)`)
    await mkdir(BENCH_DIR, { recursive: true })
    await writeFile(path.join(BENCH_DIR, 'audit-latest.json'), `${JSON.stringify({ date: new Date().toISOString(), entries: ENTRIES, generateSeconds, figures }, null, 2)}\n`)
  } finally {
    await database.dispose()
  }
}

runToExit(main)

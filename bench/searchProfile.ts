/**
 * `npm run bench:search-profile -- 10000`: where an uncached search spends its time on a generated
 * archive — PostgreSQL's EXPLAIN ANALYZE of the very statement /sok runs (content/search/searchPublished.ts),
 * for a common word and a rare one, on a throwaway database with the seed and N generated articles.
 *
 * Run with the Payload flags (package.json): node --import lexical --import tsx/esm bench/searchProfile.ts
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { PAYLOAD_SCRIPT_FLAGS, runNode, runToExit, say } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import { createThrowawayDatabase } from '@/testing/throwawayDatabase'

async function main(): Promise<void> {
  const articles = Number(process.argv[2] ?? 10_000)
  const database = await createThrowawayDatabase('bench_search')
  Object.assign(process.env, { DATABASE_URL: database.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), MEDIA_DIR: await mkdtemp(path.join(os.tmpdir(), 'rus-profile-media-')) })
  try {
    say(`Seeding and generating ${articles} articles`)
    if ((await runNode([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/tasks/seed.ts'), '--archive', String(articles)], process.env)) !== 0) throw new Error('seeding failed')
    const { sql } = await import('@payloadcms/db-postgres')
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const { searchStatement } = await import('@/content/search/searchPublished')
    const { toPrefixQuery, toSearchTerms } = await import('@/content/search/searchTerms')
    const payload = await getPayload({ config })
    for (const word of ['plast', 'havsörn']) {
      const query = toPrefixQuery(toSearchTerms(word).words)
      const { rows } = await payload.db.drizzle.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${searchStatement(query, 1)}`)
      console.log(`\n=== ${word} (${query})\n${(rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n')}`)
    }
    // The crons first (Payload's schedules would tick on against a closed pool), then the pool.
    await payload.destroy()
  } finally {
    await database.dispose()
  }
}

runToExit(main)

/**
 * autocannon in a process of its own (pinned to its own core by load.ts), so the load generator
 * never shares an event loop with the orchestration. Reads a LoadSpec (argv[2]), prints a LoadResult.
 * Latencies are autocannon's: whole milliseconds.
 */
import autocannon from 'autocannon'

import { bodyLooksRight, type LoadResult, type LoadSpec } from './loadSpec'

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec
const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.durationS,
  ...(spec.warmupS > 0 ? { warmup: { duration: spec.warmupS } } : {}),
  ...(spec.rate ? { overallRate: spec.rate } : {}),
  // Byte-exact comparisons happen on samples in load.ts; see bodyLooksRight for why not here.
  verifyBody: (body) => bodyLooksRight(body, spec),
})
const summary: LoadResult = {
  requests: result.requests.total,
  rps: result.requests.total / result.duration,
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
  wrongStatus: Object.entries(result.statusCodeStats).reduce((sum, [code, { count }]) => (code === '200' ? sum : sum + count), 0),
  errors: result.errors,
  timeouts: result.timeouts,
  mismatches: result.mismatches,
}
process.stdout.write(JSON.stringify(summary))

/**
 * An open-loop load at an even rate: one request every 1000/rate ms, whether or not earlier ones
 * have answered, each timed from when it was due (so a stall counts for every request it delays).
 * autocannon's overallRate instead lets each connection send its share as fast as it can at the
 * start of every second and then wait, which measures bursts of N concurrent requests rather than
 * a steady 100 per second; this child measures the steady rate. Reads a LoadSpec, prints a LoadResult.
 */
import http from 'node:http'

import { bodyLooksRight, type LoadResult, type LoadSpec } from './loadSpec'

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec
const rate = spec.rate ?? 100
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

type Outcome = { ms: number; status: number; error: boolean; rightBody: boolean }

function request(due: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const fail = () => resolve({ ms: performance.now() - due, status: 0, error: true, rightBody: false })
    http
      .get(spec.url, { agent, timeout: 10_000 }, (response) => {
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', fail)
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          const rightBody = spec.status !== undefined ? response.statusCode === spec.status : body.length === spec.bytes && bodyLooksRight(body.toString('utf8'), spec)
          resolve({ ms: performance.now() - due, status: response.statusCode ?? 0, error: false, rightBody })
        })
      })
      .on('timeout', function (this: http.ClientRequest) {
        this.destroy()
      })
      .on('error', fail)
  })
}

async function phase(seconds: number): Promise<Outcome[]> {
  const start = performance.now()
  const pending: Promise<Outcome>[] = []
  for (let i = 0; i < seconds * rate; i++) {
    const due = start + (i * 1000) / rate
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
    // A timer may fire up to a millisecond early (it rounds): never send, or start the clock, before due.
    while (performance.now() < due) await new Promise((resolve) => setImmediate(resolve))
    pending.push(request(due))
  }
  return Promise.all(pending)
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0

await phase(spec.warmupS)
const started = performance.now()
const outcomes = await phase(spec.durationS)
const seconds = (performance.now() - started) / 1000
const ms = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b)
const summary: LoadResult = {
  requests: outcomes.length,
  rps: outcomes.length / seconds,
  p50: percentile(ms, 50),
  p90: percentile(ms, 90),
  p99: percentile(ms, 99),
  max: ms.at(-1) ?? 0,
  wrongStatus: outcomes.filter((o) => !o.error && o.status !== (spec.status ?? 200)).length,
  errors: outcomes.filter((o) => o.error).length,
  timeouts: 0, // counted as errors
  mismatches: outcomes.filter((o) => !o.error && !o.rightBody).length,
}
agent.destroy()
process.stdout.write(JSON.stringify(summary))

// autocannon ships no types; this covers the part of its programmatic API the benchmark uses.
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p99: number; total: number }
  export type Result = {
    duration: number
    requests: Histogram & { sent: number }
    latency: Histogram
    errors: number
    timeouts: number
    mismatches: number
    non2xx: number
    statusCodeStats: Record<string, { count: number }>
  }
  export type Options = {
    url: string
    connections?: number
    duration?: number
    overallRate?: number
    warmup?: { duration?: number; connections?: number }
    verifyBody?: (body: string) => boolean
  }
  export default function autocannon(options: Options): Promise<Result>
}

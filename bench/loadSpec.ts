/** What the load children are asked to do and what they answer, shared by both sides of the pipe. */
export type LoadSpec = {
  url: string
  durationS: number
  warmupS: number
  /** autocannon: closed loop with this many connections. */
  connections: number
  /** autocannon's overallRate (requests per second, spread over the connections), or none. */
  rate?: number
  /** The expected status when it is not 200 (a short link's 302): then the body is not looked at. */
  status?: number
  /** The expected body: an ASCII piece of its <title>, its length in characters and in bytes. */
  marker: string
  chars: number
  bytes: number
}

export type LoadResult = {
  requests: number
  rps: number
  p50: number
  p90: number
  p99: number
  max: number
  /** Responses with any status but 200. */
  wrongStatus: number
  errors: number
  timeouts: number
  mismatches: number
}

// autocannon decodes each network chunk on its own, so a multi-byte character split between two
// chunks arrives as two or three U+FFFD: a body may be a little longer in characters than the page,
// never shorter. The marker is ASCII for the same reason.
const SPLIT_CHARACTER_SLACK = 64

/** A response is complete and the right page: it has the page's length, title and closing tag. */
export function bodyLooksRight(body: string, spec: Pick<LoadSpec, 'marker' | 'chars'>): boolean {
  const lengthFits = body.length >= spec.chars && body.length <= spec.chars + SPLIT_CHARACTER_SLACK
  return lengthFits && body.trimEnd().endsWith('</html>') && body.includes(spec.marker)
}

/**
 * Telling "the request asked for something impossible" apart from a fault of ours. PostgreSQL
 * refuses a value of the wrong kind with SQLSTATE class 22 (data exception: "abc" or "NaN" where
 * an integer belongs, an id past the integer range, a negative offset) or 42883/42804 (no operator
 * or type for what was asked). Every query here is built by Payload from what a request sent, so
 * these are the client's mistakes, answered with 400 as PostgREST does, never a server error.
 */
const BAD_INPUT_SQLSTATE = /^(22[0-9A-Z]{3}|42883|42804)$/

export const BAD_INPUT_MESSAGE = 'Ogiltig fråga: ett värde har fel form eller ligger utanför det tillåtna.'

export function isBadInput(error: unknown): boolean {
  const seen = new Set<unknown>()
  for (let current = error; current && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current)
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && BAD_INPUT_SQLSTATE.test(code)) return true
  }
  return false
}

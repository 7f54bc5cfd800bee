/**
 * RFC 5545 §3.1: a content line longer than 75 octets is folded — a line break and one space —
 * so that no physical line passes 75 octets. The `ics` library folds at 75 characters, which
 * Swedish letters (two octets each in UTF-8) take past the limit; this refolds by octets, never
 * inside a character.
 */
const LIMIT = 75

function foldLine(line: string): string[] {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8')
    if (octets + size > LIMIT) {
      out.push(current)
      // A continuation starts with the space that folding adds, which counts.
      current = ' '
      octets = 1
    }
    current += character
    octets += size
  }
  out.push(current)
  return out
}

export function foldByOctets(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  const lines = unfolded.split('\r\n')
  return lines.flatMap((line) => (line === '' ? [line] : foldLine(line))).join('\r\n')
}

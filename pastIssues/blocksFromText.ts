import { asLines, type Block, type Line } from './model'

/** A line with only spaces, including the no-break space Paloma writes for an empty paragraph. */
const SPACER = /^[\s\u00a0]*$/
const BULLET = /^\s*(?:[•·▪◦‣*–-]|\d{1,2}[.)])\s+/

const line = (text: string): Line => ({ text: text.replace(/[\s\u00a0]+/g, ' ').trim(), links: [] })

/**
 * The text version (what Paloma writes as text/plain, or a copy from an inbox): an empty line
 * ends a block, lines that follow each other make one block (a list, a masthead, a TIPS box), and
 * a line of only a no-break space is Paloma's gap between items.
 */
export function blocksFromText(source: string): Block[] {
  const blocks: Block[] = []
  let open: string[] = []
  const close = () => {
    if (open.length === 0) return
    // Bullets are the text version's list marks: kept out of the words, and the lines are a list.
    const bulleted = open.filter((l) => BULLET.test(l)).length
    const lines = asLines(open.map((l) => line(l.replace(BULLET, ''))))
    if (lines) blocks.push({ kind: 'lines', lines, heading: false, list: bulleted >= 2 && bulleted >= open.length - 1 })
    open = []
  }
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '' && !raw.includes('\u00a0')) close()
    else if (SPACER.test(raw)) {
      close()
      blocks.push({ kind: 'spacer' })
    } else open.push(raw)
  }
  close()
  return blocks
}

/** A plain-text table for the terminal: first column left-aligned, the rest right-aligned. */
export type Cell = string | number | null | undefined

export function renderTable(header: string[], rows: Cell[][]): string {
  const text = [header, ...rows.map((row) => row.map(formatCell))]
  const widths = header.map((_, column) => Math.max(...text.map((row) => (row[column] ?? '').length)))
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '─'.repeat(width)).join('  ')
  return [line(text[0] ?? []), rule, ...text.slice(1).map(line)].join('\n')
}

function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '–'
  if (typeof cell === 'string') return cell
  if (Number.isInteger(cell) || Math.abs(cell) >= 100) return Math.round(cell).toString()
  return cell.toFixed(Math.abs(cell) >= 10 ? 1 : 2)
}

export const kb = (bytes: number | null | undefined): Cell => (typeof bytes === 'number' ? (bytes / 1024).toFixed(1) : null)

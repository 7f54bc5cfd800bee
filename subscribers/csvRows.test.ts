import { describe, expect, it } from 'vitest'

import { asSpreadsheetText, readCsv } from './csvRows'

describe('readCsv', () => {
  it('reads an Excel export: BOM, semicolons, a Swedish header, CRLF, quotes', () => {
    const csv = '\uFEFFNamn;E-post;Organisation\r\n"Svensson, Anna";Anna.Svensson@Lansstyrelsen.se;Länsstyrelsen Halland\r\nBo;bo@example.se;\r\n'
    const read = readCsv(csv)
    if ('problem' in read) throw new Error(read.problem)
    expect(read.rows).toEqual([
      { line: 2, email: 'anna.svensson@lansstyrelsen.se', name: 'Svensson, Anna', organisation: 'Länsstyrelsen Halland' },
      { line: 3, email: 'bo@example.se', name: 'Bo', organisation: null },
    ])
  })

  it('finds the addresses in a file without a header, and reports invalid lines and duplicates by line', () => {
    const read = readCsv('anna@example.se\nnot an address\n\nANNA@example.se\n,x\ncecilia@example.se,Cecilia\n')
    if ('problem' in read) throw new Error(read.problem)
    expect(read.rows.map((r) => [r.line, r.email])).toEqual([
      [1, 'anna@example.se'],
      [6, 'cecilia@example.se'],
    ])
    expect(read.invalid).toEqual([
      { line: 2, value: 'not an address', reason: 'Ogiltig adress' },
      { line: 5, value: '', reason: 'Adress saknas' },
    ])
    expect(read.duplicates).toEqual([{ line: 4, value: 'anna@example.se', reason: 'Finns redan på rad 1' }])
    expect(read.total).toBe(5)
  })

  it('says in Swedish what is wrong with a file it cannot use', () => {
    expect(readCsv('')).toEqual({ problem: 'Filen är tom.' })
    expect(readCsv('a@example.se\n'.repeat(50_001))).toMatchObject({ problem: expect.stringMatching(/fler än 50\s000 rader/) })
  })

  it('reads back a name it exported as text (an apostrophe before a formula character)', () => {
    const read = readCsv(`e-post;namn\r\nanna@example.se;${asSpreadsheetText('=Anna')}\r\n`)
    if ('problem' in read) throw new Error(read.problem)
    expect(read.rows[0]?.name).toBe('=Anna')
    expect(asSpreadsheetText('Anna')).toBe('Anna')
  })
})

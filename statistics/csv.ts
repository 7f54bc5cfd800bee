/**
 * Every figure as CSV, for a spreadsheet: one long table (part; figure; date; count), Excel's way
 * (semicolons, a byte-order mark, CRLF) like the lists' export. Counts only, as on the page.
 */
import { stringify } from 'csv-stringify/sync'

import { AUTOMATIC_LABEL, listChangeLabel } from './model'
import type { Overview } from './overview'
import type { SendFigures } from './sendFigures'

type Row = [string, string, string, number]

const table = (rows: Row[]): string => stringify(rows, { header: true, columns: ['del', 'mått', 'datum', 'antal'], delimiter: ';', bom: true, record_delimiter: 'windows' })

export function sendCsv(f: SendFigures): string {
  const rows: Row[] = [
    ['Utskick', 'Mottagare', '', f.recipients],
    ['Utskick', 'Tagna emot av e-postservern', '', f.accepted],
    ['Utskick', 'Misslyckade', '', f.failed],
    ['Utskick', 'Hoppades över', '', f.skipped],
    ['Utskick', 'Väntar', '', f.waiting],
    ['Utskick', 'Studsar (permanenta)', '', f.hardBounces],
    ['Utskick', 'Studsar (tillfälliga)', '', f.softBounces],
    ['Utskick', 'Klagomål', '', f.complaints],
    ['Utskick', 'Avregistreringar via utskickets länk', '', f.unsubscribedByLink],
    ['Utskick', 'Avregistreringar via e-post', '', f.unsubscribedByMail],
    ...f.perList.map((l): Row => ['Mottagare per lista', l.name, '', l.recipients]),
    ...f.progress.map((p): Row => ['Förlopp', 'Tagna emot', p.at, p.accepted]),
    ...f.links.flatMap((l): Row[] => [
      ['Klick per länk', `${l.n}. ${l.label} (${l.url})`, '', l.clicks],
      ['Klick per länk, ' + AUTOMATIC_LABEL, `${l.n}. ${l.label} (${l.url})`, '', l.automatic],
    ]),
    ...f.clicksByDay.flatMap((d): Row[] => [
      ['Klick per dag', 'Klick', d.day, d.clicks],
      ['Klick per dag', AUTOMATIC_LABEL, d.day, d.automatic],
    ]),
  ]
  return table(rows)
}

export function overviewCsv(o: Overview): string {
  const rows: Row[] = [
    ...o.sends.flatMap((s): Row[] => {
      const name = `${s.issue} (utskick ${s.sending})`
      const day = s.startedAt?.slice(0, 10) ?? ''
      return [
        ['Utskick', `${name}: mottagare`, day, s.recipients],
        ['Utskick', `${name}: tagna emot`, day, s.accepted],
        ['Utskick', `${name}: studsar`, day, s.bounces],
        ['Utskick', `${name}: klagomål`, day, s.complaints],
        ['Utskick', `${name}: klick`, day, s.clicks],
        ['Utskick', `${name}: klick, ${AUTOMATIC_LABEL}`, day, s.automatic],
      ]
    }),
    ...o.months.map((m): Row => ['Listor per månad', `${m.name}: ${listChangeLabel(m.kind)}`, m.month, m.n]),
    ...o.lists.map((l): Row => ['Listor i dag', `${l.name}: prenumererar`, '', l.subscribed]),
  ]
  return table(rows)
}

/**
 * The words of the statistics, in one place: what is counted, and what each figure is called.
 * Nothing here names a person: every figure is a count of many. Pure: the admin's browser uses it too.
 */

/** How a list changed, per list and month (statistics/listChanges.ts counts them as they happen). */
export const LIST_CHANGES = [
  { value: 'signedUp', label: 'Anmälningar' },
  { value: 'confirmed', label: 'Bekräftelser' },
  { value: 'added', label: 'Tillagda av personal eller import' },
  { value: 'unsubscribed', label: 'Avregistreringar' },
  { value: 'suppressed', label: 'Spärrade efter studsar' },
] as const

export type ListChange = (typeof LIST_CHANGES)[number]['value']

export const listChangeLabel = (kind: ListChange): string => LIST_CHANGES.find((k) => k.value === kind)?.label ?? kind

/** Unsubscribes by a send's own links (one click, its page, its mailto) count for the send this many days after it began. */
export const UNSUBSCRIBE_WINDOW_DAYS = 30

/**
 * A click is probably automatic — a mail server's link scanner or a client's prefetch, not a
 * reader — when it is a HEAD, when its user agent says it is a robot, or when one client follows
 * this many different links of one send within BURST_MS (a scanner opens every link of a message
 * at once; a reader follows one). The client is held in memory for those seconds only, never stored.
 */
export const BURST_LINKS = 3
export const BURST_MS = 3_000

/** The counts kept in memory are written to the database this often (and when the server stops). */
export const FLUSH_MS = 2_000

/** Why there is no open rate, in the one sentence the statistics page says it in. */
export const NO_OPEN_RATE =
  'Vi mäter inte hur många som öppnar brevet: det kräver en osynlig bild som spårar varje mottagare, vilket en myndighet inte ska göra utan samtycke – och Apple Mail laddar ändå alla bilder i förväg, så siffran skulle inte stämma.'

export const AUTOMATIC_LABEL = 'troligen automatiska'

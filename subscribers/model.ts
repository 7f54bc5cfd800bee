/**
 * The words of the address book, in one place: a subscriber's status on each list, the events of
 * their consent record (who added them, how and when, each change since), and how large an import
 * may be. Pure: the admin's browser uses it too.
 */
export const SUBSCRIPTION_STATUSES = [
  { value: 'pending', label: 'Väntar på bekräftelse' },
  { value: 'subscribed', label: 'Prenumererar' },
  { value: 'unsubscribed', label: 'Avregistrerad' },
  { value: 'bounced', label: 'Studsar' },
] as const

export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]['value']

export const statusLabel = (status: SubscriptionStatus): string => SUBSCRIPTION_STATUSES.find((s) => s.value === status)?.label ?? status

export const CONSENT_EVENTS = [
  { value: 'signupRequested', label: 'Anmälde sig på webbplatsen' },
  { value: 'confirmed', label: 'Bekräftade med länken i e-post' },
  { value: 'imported', label: 'Importerad av personal' },
  { value: 'addedByStaff', label: 'Tillagd för hand av personal' },
  { value: 'changedByStaff', label: 'Ändrad av personal' },
  { value: 'addressChangedByStaff', label: 'Adressen ändrad av personal' },
  { value: 'unsubscribed', label: 'Avregistrerade sig med sin länk' },
  { value: 'oneClickUnsubscribed', label: 'Avregistrerade sig med ett klick i e-postprogrammet' },
  { value: 'resubscribed', label: 'Prenumererade igen' },
  { value: 'bounced', label: 'Adressen studsade' },
  { value: 'complained', label: 'Markerade ett utskick som skräppost (klagomål)' },
  { value: 'mailUnsubscribed', label: 'Avregistrerade sig via e-post' },
  { value: 'chosenByReader', label: 'Valde själv listor med sin personliga länk' },
  { value: 'suppressionLifted', label: 'Spärren hävd av personal' },
] as const

export type ConsentEvent = (typeof CONSENT_EVENTS)[number]['value']

/** One line of the consent record: what happened, to which lists (by name, as they were called), by whom, and why when staff said so. */
export type ConsentEntry = { at: string; event: ConsentEvent; lists: string; by: string; note?: string | null }

/** Who did it, in the record: staff by their address; the subscriber and the system in words. */
export const BY_SUBSCRIBER = 'Prenumeranten själv'
export const BY_SYSTEM = 'Systemet'

/** Unconfirmed sign-ups are removed after this many days (the privacy page says so). */
export const UNCONFIRMED_RETENTION_DAYS = 30

/** Permanent delivery failures in a row after which an address counts as bounced. */
export const BOUNCES_BEFORE_BOUNCED = 3

/** A note that lifts a suppression (subscribers/liftSuppression.ts): a sentence or a few, not a file. */
export const MAX_LIFT_NOTE_CHARS = 1_000

/** Passed in `req.context` by the flows that change subscriptions (sign-up, import, unsubscribe). */
export const CONSENT_CONTEXT = 'consent'

export type SubscriptionRow = { id?: string | null; list: number | { id: number }; status: SubscriptionStatus }

export const listIdOf = (row: Pick<SubscriptionRow, 'list'>): number => (typeof row.list === 'object' ? row.list.id : row.list)

/** The rows as they are saved back (relations by id, the rows' own ids kept). */
export const savedRows = (rows: SubscriptionRow[]): { id?: string | null; list: number; status: SubscriptionStatus }[] =>
  rows.map((row) => ({ id: row.id, list: listIdOf(row), status: row.status }))

/** At most this many addresses (lines besides a header) are read; more is refused with a message, not half-imported. */
export const MAX_CSV_LINES = 50_000
/**
 * The text those lines may take (100 characters a line is a long one), above Payload's default of
 * 40,000 characters for a text field, which would refuse a file of a thousand addresses.
 */
export const MAX_CSV_CHARACTERS = MAX_CSV_LINES * 100

/**
 * The request that carries such a file: the admin sends the text as a form field in JSON (Payload's
 * `_payload`), where a Swedish letter takes two bytes and a line break an escape. 5 million
 * characters of realistic lines come to about 5 MB; 8 MB leaves room. (Payload's form reader
 * otherwise stops a field at 1 MiB: about 8,200 lines.)
 */
export const MAX_IMPORT_REQUEST_BYTES = 8 * 1024 * 1024

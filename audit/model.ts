/** What the log ("Logg") records: each kind of action, in Swedish as admins read it. */
export const AUDIT_KINDS = [
  { value: 'signIn', label: 'Inloggning' },
  { value: 'signInFailed', label: 'Misslyckad inloggning' },
  { value: 'created', label: 'Skapat' },
  { value: 'changed', label: 'Ändrat' },
  { value: 'deleted', label: 'Raderat' },
  { value: 'published', label: 'Publicerat' },
  { value: 'unpublished', label: 'Avpublicerat' },
  { value: 'sendQueued', label: 'Utskick köat' },
  { value: 'sendScheduled', label: 'Utskick planerat' },
  { value: 'sendCancelled', label: 'Utskick avbrutet' },
  { value: 'testSend', label: 'Provutskick' },
  { value: 'approvalRequested', label: 'Godkännande begärt' },
  { value: 'approved', label: 'Godkänt för utskick' },
  { value: 'returnedForChanges', label: 'Skickat tillbaka för ändring' },
  { value: 'markedSent', label: 'Markerat som skickat' },
  { value: 'correction', label: 'Rättelse publicerad' },
  { value: 'subscribersExported', label: 'Prenumeranter exporterade' },
  { value: 'subscribersImported', label: 'Prenumeranter importerade' },
  { value: 'suppressionLifted', label: 'Spärr hävd' },
  { value: 'roleChanged', label: 'Roll ändrad' },
  { value: 'passwordChanged', label: 'Lösenord ändrat' },
  { value: 'settingsChanged', label: 'Inställningar ändrade' },
  { value: 'pastIssueImported', label: 'Nummer inläst' },
  { value: 'pastIssueApproved', label: 'Inläst nummer publicerat' },
] as const

export type AuditKind = (typeof AUDIT_KINDS)[number]['value']

export const auditKindLabel = (kind: string): string => AUDIT_KINDS.find((k) => k.value === kind)?.label ?? kind

export const isAuditKind = (value: unknown): value is AuditKind => AUDIT_KINDS.some((k) => k.value === value)

/** One line of the log. Never a password, a token or a message body: names of fields, not their values. */
export type AuditEntry = {
  kind: AuditKind
  /** Who: the staff account, or the address typed at a failed sign-in. */
  actor: string | null
  actorId?: number | null
  collection?: string | null
  documentId?: string | number | null
  /** What the document is called (an issue's title, a list's name): never a subscriber's address. */
  title?: string | null
  fields?: string[]
  note?: string | null
  /** The client's address as server.ts decided it. */
  address?: string | null
}

/** How long entries are kept by default, and the shortest and longest an admin may choose. */
export const RETENTION = { defaultDays: 730, minDays: 30, maxDays: 3650 } as const

/** A page of the log in the admin. */
export const PAGE_SIZE = 100

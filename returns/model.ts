/**
 * The words of returns, in one place: what came back, what it did, and the rules that decide it.
 * Pure: the admin's browser uses it too.
 */
export const RETURN_KINDS = [
  { value: 'hard', label: 'Studs (permanent)' },
  { value: 'soft', label: 'Studs (tillfällig)' },
  { value: 'complaint', label: 'Klagomål (markerat som skräppost)' },
  { value: 'unsubscribe', label: 'Avregistrering via e-post' },
  { value: 'autoReply', label: 'Autosvar (ignoreras)' },
  { value: 'unknown', label: 'Ej tolkat' },
] as const

export type ReturnKind = (typeof RETURN_KINDS)[number]['value']

export const returnKindLabel = (kind: ReturnKind): string => RETURN_KINDS.find((k) => k.value === kind)?.label ?? kind

/** Where a return was read: the embedded inbox folder, an IMAP mailbox, or a provider's webhook. */
export const RETURN_SOURCES = [
  { value: 'inbox', label: 'Inkorgsmapp' },
  { value: 'imap', label: 'E-postlåda (IMAP)' },
  { value: 'webhook', label: 'Webhook' },
] as const

export type ReturnSource = (typeof RETURN_SOURCES)[number]['value']

/** The folders read returns are moved to, in the mailbox and beside the inbox folder: nothing is deleted. */
export const PROCESSED_FOLDER = 'Behandlat'
export const UNREAD_FOLDER = 'Ej tolkat'

/**
 * Temporary failures (soft bounces) of one address, across sends, within this many days, that
 * suppress it: the defaults of the settings "Inställningar" holds (returns/rules.ts), and their bounds.
 */
export const SOFT_BOUNCE_DEFAULTS = { count: 3, days: 14 } as const
export const SOFT_BOUNCE_BOUNDS = { count: { min: 1, max: 20 }, days: { min: 1, max: 90 } } as const

/**
 * Of a return, at most this much is read (a real report is a few kilobytes; the original it
 * quotes, with its images, can be megabytes): the report's own parts come first.
 */
export const MAX_RETURN_BYTES = 2 * 1024 * 1024
/** Of a report naming many recipients, at most this many are read. */
export const MAX_REPORT_RECIPIENTS = 1_000
/** What is kept as evidence of one return: its headers and report, not the original's body. */
export const MAX_EVIDENCE_CHARS = 16_000
/** Returns read in one go of the job; the rest wait for its next minute. */
export const RETURNS_PER_RUN = 2_000

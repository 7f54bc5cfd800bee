/** The checklist before sending ("Före utskick"): its lines and the limits they hold an e-mail to. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped'

export type CheckLine = {
  id: 'subject' | 'preheader' | 'text' | 'size' | 'images' | 'accessibility' | 'css' | 'links' | 'spam'
  label: string
  status: CheckStatus
  /** What was found, in a sentence. */
  detail: string
  /** How to fix it, when it is not a pass. */
  fix?: string
  /** The particulars: the dead links, the rules that fired, the unsupported CSS. */
  items?: string[]
}

export type Checklist = { lines: CheckLine[]; failing: string[]; checkedAt: string }

export const CHECK_LIMITS = {
  /** Gmail cuts an e-mail's HTML after 102 KB and hides the rest behind "[Message clipped]". */
  clipBytes: 102 * 1024,
  warnBytes: 90 * 1024,
  /** All images together: more is slow on a phone. */
  imageBytes: 1024 * 1024,
  subject: { min: 10, max: 78 },
  preheader: { min: 30, max: 140 },
  linkTimeoutMs: 5000,
  linkConcurrency: 6,
  /** All links together: what is left after this is reported, not waited for. */
  linksTotalMs: 20_000,
  spamTimeoutSeconds: 20,
} as const

export const STATUS_LABELS: Record<CheckStatus, string> = { pass: 'Godkänt', warn: 'Varning', fail: 'Fel', skipped: 'Inte kontrollerat' }

/**
 * A request for approval ("Begär godkännande"): an editor asks, a publisher approves or sends it
 * back with a note. Sending the issue to lists settles an open request as approved by the sender.
 */
export const APPROVAL_STATUSES = [
  { value: 'requested', label: 'Väntar på godkännande' },
  { value: 'approved', label: 'Godkänt' },
  { value: 'returned', label: 'Skickat tillbaka' },
] as const

export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number]['value']

export const approvalStatusLabel = (status: ApprovalStatus): string => APPROVAL_STATUSES.find((s) => s.value === status)?.label ?? status

/** How long a note on a request or a decision may be. */
export const APPROVAL_NOTE_MAX = 1000

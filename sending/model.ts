/** The words of sending, in one place. */
export const SENDING_STATUSES = [
  { value: 'queued', label: 'I kö' },
  { value: 'sending', label: 'Skickas' },
  { value: 'waiting', label: 'Väntar på e-postservern' },
  { value: 'done', label: 'Skickat' },
  { value: 'cancelled', label: 'Avbrutet' },
] as const

export type SendingStatus = (typeof SENDING_STATUSES)[number]['value']

export const DELIVERY_STATUSES = [
  { value: 'queued', label: 'I kö' },
  { value: 'sent', label: 'Skickat' },
  { value: 'failed', label: 'Misslyckades' },
  { value: 'skipped', label: 'Hoppades över' },
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

/** At most this many addresses in one test send. */
export const MAX_TEST_ADDRESSES = 5

/** A delivery that keeps failing for now is given up after this long (the server was down for two days). */
export const GIVE_UP_AFTER_HOURS = 48

/**
 * The pause before trying an address again after a temporary refusal, and before trying the
 * server again after it could not be reached: 1, 2, 4 … minutes, at most an hour.
 */
export const retryDelayMs = (attempt: number): number => Math.min(60, 2 ** Math.max(0, attempt - 1)) * 60_000

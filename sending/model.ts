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

/**
 * Test sends carry whatever a draft holds, so an account (or a stolen one) must not become a way
 * to mail anybody anything: at most this many test messages per account in an hour, and to an
 * address outside the organisation's domains (SiteSettings) that is no staff account's, only with
 * a reason, which is kept with the send.
 */
export const TEST_MESSAGES_PER_HOUR = 20
export const MIN_REASON_LENGTH = 5

/** Whether the address is in one of the domains or below one: "lansstyrelsen.se" takes "x@lst.lansstyrelsen.se". */
export function inDomains(address: string, domains: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
  return domains.some((d) => {
    const wanted = d.trim().toLowerCase().replace(/^@/, '')
    return wanted !== '' && (domain === wanted || domain.endsWith(`.${wanted}`))
  })
}

/** A delivery that keeps failing for now is given up after this long (the server was down for two days). */
export const GIVE_UP_AFTER_HOURS = 48

/**
 * The pause before trying an address again after a temporary refusal, and before trying the
 * server again after it could not be reached: 1, 2, 4 … minutes, at most an hour.
 */
export const retryDelayMs = (attempt: number): number => Math.min(60, 2 ** Math.max(0, attempt - 1)) * 60_000

/**
 * What may stand for each recipient's unsubscribe link in an e-mail (the settings' placeholder):
 * a word between the marks sending tools use ({{…}}, [[…]], %%…%%, ##…##, *|…|*), so it can never
 * be a letter or a word of the text itself. Null when it may; else the editor's message.
 */
export function placeholderProblem(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const marked = /^(?:\{\{[\w.:-]{2,40}\}\}|\[\[[\w.:-]{2,40}\]\]|%%[\w.:-]{2,40}%%|##[\w.:-]{2,40}##|\*\|[\w.:-]{2,40}\|\*)$/
  return typeof value === 'string' && marked.test(value)
    ? null
    : 'Platshållaren ska vara ett ord mellan tecken som utskicksverktyget använder, till exempel {{unsubscribe}}, *|UNSUB|* eller %%unsubscribe%%, så att den aldrig kan förväxlas med text i nyhetsbrevet.'
}

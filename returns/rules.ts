import type { Payload } from 'payload'

import { SOFT_BOUNCE_DEFAULTS } from './model'

export type SoftBounceRule = { count: number; days: number }

/**
 * When temporary failures add up to a suppression: so many of one address, across sends, within
 * so many days — as an admin set it in "Inställningar", else the defaults. Read when a soft bounce
 * is taken (rare beside the hard ones), so a change counts from the next one.
 */
export async function softBounceRule(payload: Payload): Promise<SoftBounceRule> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, select: { softBouncesToSuppress: true, softBounceWindowDays: true } })
  return { count: settings.softBouncesToSuppress ?? SOFT_BOUNCE_DEFAULTS.count, days: settings.softBounceWindowDays ?? SOFT_BOUNCE_DEFAULTS.days }
}

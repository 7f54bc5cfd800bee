import type { Payload, PayloadRequest } from 'payload'

import { toSettingsView } from '@/content/toViews'
import type { SettingsView } from '@/content/types'
import { cacheTags } from '@/lib/cacheTags'
import { env } from '@/lib/env'

import { cachedForPublic } from './cached'
import { PUBLIC_READER } from './reader'

/** The settings as readers see them, inside a write's transaction when `req` is given (never cached). */
export async function readSettings(payload: Payload, req?: PayloadRequest): Promise<SettingsView> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false, user: null, req })
  return toSettingsView(settings, env.siteUrl)
}

const rememberedSettings = cachedForPublic('site-settings', [cacheTags.settings()], (payload) => readSettings(payload))

/** The settings every page shows (the newsletter's name, the footer), remembered until they change. */
export const getSettings = (payload: Payload): Promise<SettingsView> => rememberedSettings(payload, PUBLIC_READER)

import { cacheTags } from '@/lib/cacheTags'
import { toSettingsView } from '@/content/toViews'
import type { SettingsView } from '@/content/types'
import { env } from '@/lib/env'

import { cachedForPublic } from './cached'
import { payloadClient, PUBLIC_READER } from '@/site/payload'

const readSettings = cachedForPublic('site-settings', [cacheTags.settings()], async (reader): Promise<SettingsView> => {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false, user: reader.user })
  return toSettingsView(settings, env.siteUrl)
})

export const getSettings = (): Promise<SettingsView> => readSettings(PUBLIC_READER)

import type { CollectionConfig } from 'payload'

/**
 * Drafts and a version history for everything readers see. Autosave and scheduled publishing
 * where editors compose long texts (issues and articles).
 */
export const draftsWithHistory = ({ autosave }: { autosave: boolean }): CollectionConfig['versions'] => ({
  drafts: autosave ? { autosave: { interval: 2000 }, schedulePublish: true } : { schedulePublish: true },
  maxPerDoc: 50,
})

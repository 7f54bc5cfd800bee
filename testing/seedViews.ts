/**
 * The March 2021 issue as the renderers see it, without a database: the seed's one mapping
 * (seed/documents.ts) made into the documents Payload returns — fixed ids and timestamps,
 * relations populated to the depth the public queries ask for — and passed through the real
 * toIssueView / toSettingsView. seed/loadSeed.int.test.ts checks that the result is exactly what
 * content/reads reads from a database the loader filled.
 */
import type { Issue, Media, SiteSetting } from '@/payload-types'
import { toIssueView, toSettingsView } from '@/content/toViews'
import type { IssueView, SettingsView } from '@/content/types'
import { isSeedRef, SEED_SITE_SETTINGS, seedDocuments, type SeedDocument } from '@/seed/documents'

export const SEED_SITE_URL = 'https://nytt.rus.example'

/** One fixed instant for every createdAt/updatedAt, so two runs render byte for byte alike. */
export const SEED_STAMP = '2021-03-31T08:00:00.000Z'
const stamps = { createdAt: SEED_STAMP, updatedAt: SEED_STAMP }

/**
 * What Payload adds to an uploaded placeholder (1200×675 JPEG): its address, size and the image
 * sizes it makes — none wider than the original (so no 1536 px "wide" size of these).
 */
function uploadFields(doc: SeedDocument): Partial<Media> {
  if (!doc.file) return {}
  const base = doc.file.filename.replace(/\.jpg$/, '')
  const size = (width: number, ext: 'webp' | 'jpg') => {
    const height = Math.round((675 * width) / 1200)
    const filename = `${base}-${width}x${height}.${ext}`
    return { url: `/api/media/file/${filename}`, width, height, mimeType: ext === 'webp' ? 'image/webp' : 'image/jpeg', filename }
  }
  return {
    url: `/api/media/file/${doc.file.filename}`,
    filename: doc.file.filename,
    mimeType: 'image/jpeg',
    width: 1200,
    height: 675,
    sizes: { card: size(768, 'webp'), wide: { url: null, width: null, height: null }, email: size(600, 'jpg') },
  }
}

/**
 * Seed documents with ids (their place in their collection, from 1) whose references become the
 * documents they name while `depth` lasts, as Payload's `depth` does, and ids beyond it.
 */
function populated(docs: SeedDocument[]): (collection: string, key: string, depth: number) => Record<string, unknown> {
  const idOf = new Map<string, number>()
  const counters = new Map<string, number>()
  for (const doc of docs) {
    const next = (counters.get(doc.collection) ?? 0) + 1
    counters.set(doc.collection, next)
    idOf.set(`${doc.collection}:${doc.key}`, next)
  }
  const find = (collection: string, key: string): Record<string, unknown> => {
    const doc = docs.find((d) => d.collection === collection && d.key === key)
    if (!doc) throw new Error(`The seed names an unknown ${collection}: ${key}`)
    return { id: idOf.get(`${collection}:${key}`), ...doc.data, ...uploadFields(doc), ...stamps }
  }
  const withDepth = (value: unknown, depth: number): unknown => {
    if (isSeedRef(value)) return depth > 0 ? withDepth(find(value.seedRef, value.key), depth - 1) : idOf.get(`${value.seedRef}:${value.key}`)
    if (Array.isArray(value)) return value.map((item) => withDepth(item, depth))
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDepth(v, depth)]))
    return value
  }
  return (collection, key, depth) => withDepth(find(collection, key), depth) as Record<string, unknown>
}

/** The public queries read an issue with depth 3 (content/reads/issues.ts). */
const ISSUE_DEPTH = 3

/** A change to the seed's documents before they become views: a test's variation on the issue. */
export type SeedEdit = (documents: SeedDocument[]) => void

/** The data of one seed document, to change in a SeedEdit. */
export function seedData(documents: SeedDocument[], collection: SeedDocument['collection'], key: string): Record<string, unknown> {
  const found = documents.find((doc) => doc.collection === collection && doc.key === key)
  if (!found) throw new Error(`No seed ${collection} ${key}`)
  return found.data
}

/** "Nytt från RUS 31 mars" and the site settings as views, with the site at SEED_SITE_URL. */
export function seedIssueView(edit?: SeedEdit): { issue: IssueView; settings: SettingsView } {
  const documents = seedDocuments()
  edit?.(documents)
  const settingsDoc = { id: 1, ...SEED_SITE_SETTINGS, contactEmail: null, privacyUrl: null, unsubscribeUrl: null, ...stamps } as SiteSetting
  const settings = toSettingsView(settingsDoc, SEED_SITE_URL)
  const issue = populated(documents)('issues', 'issue', ISSUE_DEPTH) as unknown as Issue
  return { issue: toIssueView(issue, settings), settings }
}

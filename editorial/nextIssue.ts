import { APIError, type PayloadRequest } from 'payload'

import { auditAction } from '@/audit/documents'
import { readSettings } from '@/content/reads/settings'
import { isUniqueViolation } from '@/lib/database/uniqueViolation'
import { formatDayMonth, STOCKHOLM, stockholmDay, stockholmTime } from '@/lib/dates'
import type { Issue, User } from '@/payload-types'

export type NewIssue = { id: number; title: string; issueDate: string }

const DAY = 24 * 60 * 60 * 1000
const MONTH_NAMES = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, m, 15)))
const DAY_MONTH = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTH_NAMES.join('|')})\\b`, 'i')
const MONTH_YEAR = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\s+\\d{4}\\b`, 'i')

/** The issues' rhythm: the median of the gaps between the last few issues, a month when there are too few. */
function rhythmDays(dates: string[]): number {
  const days = dates.map((d) => Date.parse(`${d}T12:00:00Z`)).sort((a, b) => b - a)
  const gaps = days.slice(1).map((d, i) => Math.round(((days[i] ?? d) - d) / DAY)).filter((g) => g >= 7 && g <= 120)
  if (gaps.length === 0) return 30
  return [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 30
}

/** The next day in the rhythm that is today or later, and that no issue has yet (an issue's address is its day). */
async function nextFreeDay(req: PayloadRequest, from: string, every: number): Promise<string> {
  const today = stockholmDay(new Date())
  let next = new Date(Date.parse(`${from}T12:00:00Z`) + every * DAY)
  while (next.toISOString().slice(0, 10) < today) next = new Date(next.getTime() + every * DAY)
  for (let tries = 0; tries < 60; tries++) {
    const day = next.toISOString().slice(0, 10)
    const taken = await req.payload.count({ collection: 'issues', where: { slug: { equals: day } }, overrideAccess: true, req })
    if (taken.totalDocs === 0) return day
    next = new Date(next.getTime() + DAY)
  }
  throw new APIError('Hittade ingen ledig dag för nästa nummer.', 409, null, true)
}

/** The title in the house style: the last title with the new day ("Nytt från RUS 31 mars" → "… 28 april"). */
function titleFor(last: string, day: string, newsletterName: string): string {
  const when = stockholmTime(day)
  const dayMonth = formatDayMonth(when)
  if (DAY_MONTH.test(last)) return last.replace(DAY_MONTH, dayMonth)
  if (MONTH_YEAR.test(last)) return last.replace(MONTH_YEAR, new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: STOCKHOLM }).format(when))
  return `${newsletterName} ${dayMonth}`
}

/**
 * "Nytt nummer från det förra": a new draft issue that starts where the last one (or the one
 * chosen) left off — its sections' headings in their order with no items, its intro, reusable
 * texts and footer —
 * on the next day in the issues' rhythm, titled in the house style. The editor fills in the items.
 */
export async function nextIssue(req: PayloadRequest, staff: User, fromId: number | null): Promise<NewIssue> {
  const from: Issue | null =
    fromId === null
      ? ((await req.payload.find({ collection: 'issues', where: { issueDate: { exists: true } }, sort: '-issueDate', limit: 1, depth: 0, draft: true, overrideAccess: false, user: staff, req })).docs[0] ?? null)
      : Number.isInteger(fromId)
        ? await req.payload.findByID({ collection: 'issues', id: fromId, depth: 0, draft: true, overrideAccess: false, user: staff, req, disableErrors: true })
        : null
  if (!from) throw new APIError(fromId === null ? 'Det finns inget nummer att utgå från. Skapa det första som vanligt.' : 'Numret finns inte.', 404, null, true)
  // The rhythm up to the chosen issue: it and the six before it.
  const recent = await req.payload.find({ collection: 'issues', where: { issueDate: { less_than_equal: from.issueDate } }, sort: '-issueDate', limit: 7, depth: 0, overrideAccess: true, req, select: { issueDate: true } })
  const fromDay = stockholmDay(from.issueDate)
  const day = await nextFreeDay(req, fromDay, rhythmDays(recent.docs.map((d) => stockholmDay(d.issueDate))))
  const settings = await readSettings(req.payload, req)
  const title = titleFor(from.title, day, settings.newsletterName)
  const created = await req.payload.create({
    collection: 'issues',
    draft: true,
    data: {
      title,
      slug: day,
      issueDate: stockholmTime(day).toISOString(),
      issueDate_tz: STOCKHOLM,
      intro: from.intro,
      sections: (from.sections ?? []).map((s) => ({ heading: s.heading, items: [] })),
      highlights: [],
      // The same reusable texts, by reference: each shows as it is published when this one goes out.
      reusableTexts: (from.reusableTexts ?? []).map((text) => (typeof text === 'number' ? text : text.id)),
      ...(from.footer ? { footer: { ...from.footer } } : {}),
      _status: 'draft',
    } as never,
    overrideAccess: false,
    user: staff,
    req,
  }).catch((error: unknown) => {
    // Two clicks at once: the day's address is unique, and the other click made it.
    if (isUniqueViolation(error)) throw new APIError('Nästa nummer skapades nyss. Ladda om listan.', 409, null, true)
    throw error
  })
  await auditAction(req.payload, req, { kind: 'created', collection: 'issues', documentId: created.id, title, note: `Nytt nummer från ”${from.title}”` })
  return { id: created.id, title, issueDate: day }
}

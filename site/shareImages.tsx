/**
 * The 1200×630 card a page shows when it is shared (og:image, twitter:image): what it is, its
 * title, the newsletter's name and the date, drawn by next/og with Inter read from npm. Served like
 * every reader's route (site/cachedRoute.ts): made on the first request, kept until what it shows
 * changes, and a 404 for a document that does not exist.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'

import { getSettings } from '@/content/reads/settings'
import type { PageCollection } from '@/lib/routes'
import { isPublishedSlug } from '@/content/reads/slugs'

import { cachedRoute, type PageContext, type Rendered } from './cachedRoute'

export const SHARE_IMAGE = { width: 1200, height: 630 }

// WOFF, since the image renderer cannot read WOFF2. Read from disk, never fetched.
const fontFile = (weight: 400 | 700) => readFile(path.join(process.cwd(), `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`))

type Card = { kind: string; title: string; date: string | null }

async function drawCard({ kind, title, date }: Card, newsletterName: string): Promise<Rendered> {
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)])
  const size = title.length > 90 ? 52 : title.length > 50 ? 62 : 72
  const image = new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 72, background: '#0c3c52', color: '#ffffff', fontFamily: 'Inter' }}>
        <div style={{ display: 'flex', fontSize: 30, color: '#cfe3ea' }}>{kind}</div>
        <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', fontSize: size, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 32, borderTop: '3px solid #3f7f8c', paddingTop: 28 }}>
          <span>{newsletterName}</span>
          <span>{date ?? ''}</span>
        </div>
      </div>
    ),
    {
      ...SHARE_IMAGE,
      fonts: [
        { name: 'Inter', data: regular, weight: 400, style: 'normal' },
        { name: 'Inter', data: bold, weight: 700, style: 'normal' },
      ],
    },
  )
  const bytes = Buffer.from(await image.arrayBuffer())
  return { body: bytes.toString('base64'), base64: true, contentType: 'image/png' }
}

const notFound = async (): Promise<Rendered> => ({ status: 404, body: 'Bilden finns inte.\n', contentType: 'text/plain; charset=utf-8' })

/** The share-image route of one kind of page: its collection and what its card says. */
export function shareImageRoute(collection: PageCollection, card: (context: PageContext, slug: string) => Promise<Card | null>) {
  return cachedRoute<{ slug: string }>({
    exists: ({ payload }, { slug }) => isPublishedSlug(payload, collection, slug),
    produce: async (context, { slug }) => {
      const found = await card(context, slug)
      return found ? drawCard(found, (await getSettings(context.payload)).newsletterName) : null
    },
    notFound,
  })
}

/** The site's own card, for the pages that have none of their own (home, archive, lists, information). */
export const siteShareImageRoute = cachedRoute({
  produce: async ({ payload }) => {
    const settings = await getSettings(payload)
    return drawCard({ kind: settings.organisationName, title: settings.organisationDescription, date: null }, settings.newsletterName)
  },
  notFound,
})

/**
 * A reader's page: a route handler (app/(site)/…/route.ts) that renders the site's components as
 * finished HTML (site/renderPage.tsx) and serves it as every reader's route is served
 * (site/cachedRoute.ts). Every page reads the settings (the newsletter's name is in each), so each
 * carries their tag.
 */
import type { Payload } from 'payload'
import type { ReactNode } from 'react'

import { NotFound } from '@/components/page/NotFound'
import type { PageMeta } from '@/content/pageMeta'
import { PUBLIC_READER, type Reader } from '@/content/reads/reader'
import { getSettings } from '@/content/reads/settings'
import type { SettingsView } from '@/content/types'
import { readMemo } from '@/lib/cache/memo'
import { routes } from '@/lib/routes'

import { cachedRoute, type PageContext, type Rendered, type RouteOptions } from './cachedRoute'
import { renderDocument } from './renderPage'

export type Page = {
  status?: number
  meta: PageMeta
  body: ReactNode
  /** External scripts (progressive enhancement only). */
  scripts?: string[]
}

type PageOptions<Params> = Omit<RouteOptions<Params>, 'produce' | 'notFound'> & {
  render: (context: PageContext, params: Params, settings: SettingsView) => Promise<Page | null>
}

const HTML = 'text/html; charset=utf-8'

async function asHtml(page: Page, reader: Reader, settings: SettingsView): Promise<Rendered> {
  const body = await renderDocument({ meta: page.meta, settings, draft: reader.draft, scripts: page.scripts, children: page.body })
  return { status: page.status, contentType: HTML, body }
}

/** The site's 404 page, made once and kept until the settings change (one entry, whatever the address). */
export const notFoundPage = readMemo.remember('not-found-page', [], async (payload: Payload): Promise<Rendered> => {
  const meta = { title: 'Sidan finns inte', description: 'Sidan finns inte, eller så har den flyttats.', path: routes.home(), noindex: true }
  return asHtml({ status: 404, meta, body: <NotFound /> }, PUBLIC_READER, await getSettings(payload))
})

export function sitePage<Params extends Record<string, string> = Record<string, never>>({ render, ...options }: PageOptions<Params>) {
  return cachedRoute<Params>({
    ...options,
    produce: async (context, params) => {
      const settings = await getSettings(context.payload)
      const page = await render(context, params, settings)
      return page ? asHtml(page, context.reader, settings) : null
    },
    notFound: notFoundPage,
  })
}

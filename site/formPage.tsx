/**
 * The pages of the subscription flows: made per request (they answer a form or a personal link,
 * so no cache may keep them) and never indexed. The site's Referrer-Policy
 * (strict-origin-when-cross-origin) never sends another site the path with a link's token.
 */
import { getSettings } from '@/content/reads/settings'

import { failure } from './cachedRoute'
import { payloadClient } from './payload'
import { renderDocument } from './renderPage'
import type { Page } from './sitePage'

export async function pageResponse(page: Page, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const settings = await getSettings(await payloadClient())
  const html = await renderDocument({ meta: { ...page.meta, noindex: true }, settings, draft: false, children: page.body })
  return new Response(html, {
    status: page.status ?? 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...extraHeaders },
  })
}

/** A route handler of these pages: an outage is a 503 page, never a stack trace. */
export function formRoute<Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) {
  return async (request: Request, ...args: Args): Promise<Response> => {
    try {
      return await handler(request, ...args)
    } catch (error) {
      return failure(error)
    }
  }
}

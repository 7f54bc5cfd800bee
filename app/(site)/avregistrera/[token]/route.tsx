import { maskEmail } from '@/lib/mail/address'
import { textResponse } from '@/lib/http/responses'
import { payloadClient } from '@/site/payload'
import { getSettings } from '@/content/reads/settings'
import { formRoute, pageResponse } from '@/site/formPage'
import { applyKeptRequestsSoon } from '@/site/keptRequests'
import { readForm } from '@/site/readForm'
import { problemPage, resubscribedPage, unsubscribedPage, unsubscribeLinkProblemPage, unsubscribePage } from '@/site/subscriptionPages'
import { oneClickUnsubscribe, type OneClickOutcome } from '@/subscribers/oneClick'
import { holderOf, resubscribe, unsubscribe } from '@/subscribers/unsubscribe'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ token: string }> }

/** What the mail client is told; nobody reads it, but the status says whether it took. */
const ONE_CLICK_ANSWER: Record<OneClickOutcome, () => Response> = {
  done: () => textResponse('Avregistrerad.', 200, { 'Cache-Control': 'no-store' }),
  // While the database is away: kept, and applied when it is back (subscribers/oneClick.ts).
  kept: () => textResponse('Avregistreringen är mottagen och genomförs inom kort.', 202, { 'Cache-Control': 'no-store' }),
  gone: () => textResponse('Adressen finns inte längre.', 200),
  invalid: () => textResponse('Ogiltig länk.', 400),
}

/** A subscriber's own page: what the button will do. Opening it (as mail scanners do) changes nothing. */
export const GET = formRoute(async (_request: Request, { params }: Context) => {
  const { token } = await params
  const payload = await payloadClient()
  const holder = await holderOf(payload, token)
  if (typeof holder === 'string') return pageResponse(unsubscribeLinkProblemPage(holder))
  return pageResponse(unsubscribePage(await getSettings(payload), token, maskEmail(holder.email), holder.active, holder.left))
})

/**
 * The buttons (atgard=avregistrera / prenumerera-igen), and RFC 8058's one-click POST
 * (List-Unsubscribe=One-Click) from the mail client, answered with no page at all.
 */
export const POST = formRoute(async (request: Request, { params }: Context) => {
  const { token } = await params
  const read = await readForm(request)
  if (!read.ok) return pageResponse(problemPage(read.status, read.message))
  const payload = await payloadClient()
  if (read.form.get('List-Unsubscribe') === 'One-Click') {
    const outcome = await oneClickUnsubscribe(payload, token)
    if (outcome === 'kept') applyKeptRequestsSoon()
    return ONE_CLICK_ANSWER[outcome]()
  }
  const holder = await holderOf(payload, token)
  if (typeof holder === 'string') return pageResponse(unsubscribeLinkProblemPage(holder))
  const settings = await getSettings(payload)
  if (read.form.get('atgard') === 'prenumerera-igen') {
    await resubscribe(payload, holder)
    return pageResponse(resubscribedPage(settings, holder.left))
  }
  await unsubscribe(payload, holder, 'link')
  return pageResponse(unsubscribedPage(settings, token, holder.active))
})

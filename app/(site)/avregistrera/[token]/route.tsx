import { maskEmail } from '@/lib/mail/address'
import { textResponse } from '@/lib/http/responses'
import { payloadClient } from '@/site/payload'
import { getSettings } from '@/content/reads/settings'
import { formRoute, pageResponse } from '@/site/formPage'
import { readForm } from '@/site/readForm'
import { problemPage, resubscribedPage, unsubscribedPage, unsubscribeLinkProblemPage, unsubscribePage } from '@/site/subscriptionPages'
import { holderOf, resubscribe, unsubscribe } from '@/subscribers/unsubscribe'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ token: string }> }

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
  const oneClick = read.form.get('List-Unsubscribe') === 'One-Click'
  const holder = await holderOf(payload, token)
  if (typeof holder === 'string') {
    if (oneClick) return textResponse(holder === 'gone' ? 'Adressen finns inte längre.' : 'Ogiltig länk.', holder === 'gone' ? 200 : 400)
    return pageResponse(unsubscribeLinkProblemPage(holder))
  }
  if (oneClick) {
    await unsubscribe(payload, holder, 'oneClick')
    return textResponse('Avregistrerad.', 200, { 'Cache-Control': 'no-store' })
  }
  const settings = await getSettings(payload)
  if (read.form.get('atgard') === 'prenumerera-igen') {
    await resubscribe(payload, holder)
    return pageResponse(resubscribedPage(settings, holder.left))
  }
  await unsubscribe(payload, holder, 'link')
  return pageResponse(unsubscribedPage(settings, token, holder.active))
})

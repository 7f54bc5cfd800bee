import { maskEmail } from '@/lib/mail/address'
import { textResponse } from '@/lib/http/responses'
import { payloadClient } from '@/site/payload'
import { getSettings } from '@/content/reads/settings'
import { formRoute, pageResponse } from '@/site/formPage'
import { applyKeptRequestsSoon } from '@/site/keptRequests'
import { readForm } from '@/site/readForm'
import { preferencesPage, problemPage, resubscribedPage, unsubscribedPage, unsubscribeLinkProblemPage } from '@/site/subscriptionPages'
import { oneClickUnsubscribe, type OneClickOutcome } from '@/subscribers/oneClick'
import { preferencesOf, savePreferences } from '@/subscribers/preferences'
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

/** "Dina prenumerationer": what the address gets. Opening it (as mail scanners do) changes nothing. */
export const GET = formRoute(async (_request: Request, { params }: Context) => {
  const { token } = await params
  const payload = await payloadClient()
  const preferences = await preferencesOf(payload, token)
  if (typeof preferences === 'string') return pageResponse(unsubscribeLinkProblemPage(preferences))
  return pageResponse(preferencesPage(await getSettings(payload), token, maskEmail(preferences.email), preferences))
})

const listIds = (values: FormDataEntryValue[]): number[] => values.map((v) => Number(v)).filter((n) => Number.isInteger(n) && n > 0 && n <= 2_147_483_647)

/**
 * The page's forms (atgard=spara / avregistrera / prenumerera-igen), and RFC 8058's one-click POST
 * (List-Unsubscribe=One-Click) from the mail client, answered with no page at all: it leaves the
 * lists of the send its link came from (`utskick`), or every list for a link without one.
 */
export const POST = formRoute(async (request: Request, { params }: Context) => {
  const { token } = await params
  const read = await readForm(request)
  if (!read.ok) return pageResponse(problemPage(read.status, read.message))
  const payload = await payloadClient()
  if (read.form.get('List-Unsubscribe') === 'One-Click') {
    const outcome = await oneClickUnsubscribe(payload, token, new URL(request.url).searchParams.get('utskick'))
    if (outcome === 'kept') applyKeptRequestsSoon()
    return ONE_CLICK_ANSWER[outcome]()
  }
  const settings = await getSettings(payload)
  if (read.form.get('atgard') === 'spara') {
    const saved = await savePreferences(payload, token, { lists: listIds(read.form.getAll('lista')), name: String(read.form.get('name') ?? ''), organisation: String(read.form.get('organisation') ?? '') })
    if (typeof saved === 'string') return pageResponse(unsubscribeLinkProblemPage(saved))
    const preferences = await preferencesOf(payload, token)
    if (typeof preferences === 'string') return pageResponse(unsubscribeLinkProblemPage(preferences))
    return pageResponse(preferencesPage(settings, token, maskEmail(preferences.email), preferences, saved))
  }
  const holder = await holderOf(payload, token)
  if (typeof holder === 'string') return pageResponse(unsubscribeLinkProblemPage(holder))
  if (read.form.get('atgard') === 'prenumerera-igen') {
    await resubscribe(payload, holder)
    return pageResponse(resubscribedPage(settings, holder.left))
  }
  await unsubscribe(payload, holder, 'link')
  return pageResponse(unsubscribedPage(settings, token, holder.active))
})

import { HONEYPOT_FIELD } from '@/components/subscribe/SignUpForm'
import { isValidEmail } from '@/lib/mail/address'
import { payloadClient } from '@/site/payload'
import { getSettings } from '@/content/reads/settings'
import { limitedClient } from '@/lib/security/clientAddress'
import { checkFormLimits } from '@/lib/security/formLimits'
import { formRoute, pageResponse } from '@/site/formPage'
import { readForm } from '@/site/readForm'
import { sitePage } from '@/site/sitePage'
import { limitedPage, problemPage, unsubscribeInfoPage } from '@/site/subscriptionPages'
import { requestUnsubscribeLink } from '@/subscribers/serviceMail'

export const dynamic = 'force-dynamic'

export const GET = sitePage({
  render: async (_context, _params, settings) => unsubscribeInfoPage(settings),
})

/**
 * "Send me my link": always answered the same, at once; a job sends the link if the address is a
 * subscriber (subscribers/serviceMail.ts), so the page tells nobody who subscribes.
 */
export const POST = formRoute(async (request: Request) => {
  const read = await readForm(request)
  if (!read.ok) return pageResponse(problemPage(read.status, read.message))
  const payload = await payloadClient()
  const settings = await getSettings(payload)
  if (read.form.get(HONEYPOT_FIELD)) return pageResponse(unsubscribeInfoPage(settings, { sent: true }))
  const email = (read.form.get('email') ?? '').trim()
  if (!isValidEmail(email)) {
    return pageResponse(unsubscribeInfoPage(settings, { email: email.slice(0, 320), error: 'Skriv en giltig e-postadress, till exempel namn@exempel.se.' }))
  }
  const limits = await checkFormLimits(limitedClient(request.headers), email)
  if (!limits.go && !limits.quietly) return pageResponse(limitedPage(limits.retryAfterSeconds), { 'Retry-After': String(limits.retryAfterSeconds) })
  // An inbox that has had its day's share: the usual answer, and nothing sent.
  if (limits.go) await requestUnsubscribeLink({ payload }, email)
  return pageResponse(unsubscribeInfoPage(settings, { sent: true }))
})

import { HONEYPOT_FIELD } from '@/components/subscribe/SignUpForm'
import { isValidEmail, normaliseEmail } from '@/lib/mail/address'
import { payloadClient } from '@/site/payload'
import { getSettings } from '@/content/reads/settings'
import { forwardedClient } from '@/lib/security/clientAddress'
import { formAddressThrottle, formClientThrottle } from '@/lib/security/formLimits'
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
  const client = await formClientThrottle().attempt(forwardedClient(request.headers) ?? 'unknown')
  if (!client.allowed) return pageResponse(limitedPage(client.retryAfterSeconds), { 'Retry-After': String(client.retryAfterSeconds) })
  const address = await formAddressThrottle().attempt(normaliseEmail(email))
  if (!address.allowed) return pageResponse(limitedPage(address.retryAfterSeconds), { 'Retry-After': String(address.retryAfterSeconds) })
  await requestUnsubscribeLink({ payload }, email)
  return pageResponse(unsubscribeInfoPage(settings, { sent: true }))
})

import { openLists } from '@/subscribers/openLists'
import { payloadClient } from '@/site/payload'
import { getSettings } from '@/content/reads/settings'
import { limitedClient } from '@/lib/security/clientAddress'
import { checkFormLimits } from '@/lib/security/formLimits'
import { HONEYPOT_FIELD } from '@/components/subscribe/SignUpForm'
import { formRoute, pageResponse } from '@/site/formPage'
import { readForm } from '@/site/readForm'
import { sitePage } from '@/site/sitePage'
import { EMPTY_FORM, limitedPage, problemPage, signUpPage, thanksPage } from '@/site/subscriptionPages'
import { requestSignUp } from '@/subscribers/signUp'
import { parseSignUp } from '@/subscribers/signUpForm'

export const dynamic = 'force-dynamic'

export const GET = sitePage({
  render: async ({ payload }, _params, settings) => signUpPage(settings, await openLists(payload), EMPTY_FORM, {}),
})

export const POST = formRoute(async (request: Request) => {
  const read = await readForm(request)
  if (!read.ok) return pageResponse(problemPage(read.status, read.message))
  const payload = await payloadClient()
  const [settings, lists] = await Promise.all([getSettings(payload), openLists(payload)])
  // A robot filled in the hidden field: thank it like anyone, keep and send nothing.
  if (read.form.get(HONEYPOT_FIELD)) return pageResponse(thanksPage(settings))
  const { values, errors, signUp: form } = parseSignUp(read.form, lists)
  if (!form) return pageResponse(signUpPage(settings, lists, values, errors, 400))
  // Only what would store or send something counts against the limits.
  const limits = await checkFormLimits(limitedClient(request.headers), form.email)
  if (!limits.go && !limits.quietly) return pageResponse(limitedPage(limits.retryAfterSeconds), { 'Retry-After': String(limits.retryAfterSeconds) })
  // An inbox that has had its day's share: the usual answer, and nothing sent.
  if (limits.go) await requestSignUp(payload, form)
  return pageResponse(thanksPage(settings))
})

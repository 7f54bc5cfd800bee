import { payloadClient } from '@/site/payload'
import { getSettings } from '@/content/reads/settings'
import { formRoute, pageResponse } from '@/site/formPage'
import { confirmedPage, confirmPage, confirmProblemPage } from '@/site/subscriptionPages'
import { checkConfirmation, confirm } from '@/subscribers/confirm'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ token: string }> }

/** The link in the confirmation mail: says what it will do, and does nothing until the button. */
export const GET = formRoute(async (_request: Request, { params }: Context) => {
  const { token } = await params
  const payload = await payloadClient()
  const check = await checkConfirmation(payload, token)
  if (!check.ok) return pageResponse(confirmProblemPage(check.problem))
  return pageResponse(confirmPage(await getSettings(payload), token, check.names))
})

/** The button: subscribed from now on. Pressing it twice confirms once. */
export const POST = formRoute(async (_request: Request, { params }: Context) => {
  const { token } = await params
  const payload = await payloadClient()
  const done = await confirm(payload, token)
  if (!done.ok) return pageResponse(confirmProblemPage(done.problem))
  return pageResponse(confirmedPage(await getSettings(payload), done.names))
})

import { isValidEmail, normaliseEmail } from '@/lib/mail/address'
import type { OpenList } from '@/subscribers/openLists'

import type { SignUp } from './signUp'

export type FormErrors = Partial<Record<'email' | 'lists' | 'name' | 'organisation', string>>
export type FormValues = { email: string; name: string; organisation: string; lists: number[] }

const MAX_TEXT = 200

/** What the sign-up form sent, checked: the values to show again, the errors, or the sign-up. */
export function parseSignUp(form: URLSearchParams, open: OpenList[]): { values: FormValues; errors: FormErrors; signUp: SignUp | null } {
  const text = (name: string) => (form.get(name) ?? '').replace(/\s+/g, ' ').trim()
  const openIds = new Set(open.map((list) => list.id))
  const asked = [...new Set(form.getAll('lista').map(Number))].filter((id) => openIds.has(id))
  const values = { email: text('email').slice(0, 320), name: text('name'), organisation: text('organisation'), lists: asked }
  const errors: FormErrors = {}
  if (!values.email) errors.email = 'Skriv din e-postadress.'
  else if (!isValidEmail(values.email)) errors.email = 'Skriv en giltig e-postadress, till exempel namn@exempel.se.'
  if (values.name.length > MAX_TEXT) errors.name = `Namnet får vara högst ${MAX_TEXT} tecken.`
  if (values.organisation.length > MAX_TEXT) errors.organisation = `Organisationen får vara högst ${MAX_TEXT} tecken.`
  if (asked.length === 0) errors.lists = 'Välj minst en lista.'
  const signUp =
    Object.keys(errors).length === 0
      ? { email: normaliseEmail(values.email), name: values.name || null, organisation: values.organisation || null, lists: asked }
      : null
  return { values, errors, signUp }
}

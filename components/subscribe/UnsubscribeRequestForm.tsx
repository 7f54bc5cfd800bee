import { routes } from '@/lib/routes'

import { HONEYPOT_FIELD } from './SignUpForm'

/** "Send me my unsubscribe link": for whoever has no issue at hand with their own link. */
export function UnsubscribeRequestForm({ email = '', error }: { email?: string; error?: string }) {
  return (
    <form action={routes.unsubscribeInfo()} method="post" className="mt-4 space-y-3" noValidate>
      <div>
        <label htmlFor="avregistrera-email" className="block font-semibold">
          Din e-postadress
        </label>
        <input
          id="avregistrera-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'avregistrera-email-fel' : undefined}
          className="mt-1 block w-full max-w-md rounded border border-muted bg-paper px-3 py-2 text-ink"
        />
        {error ? (
          <span id="avregistrera-email-fel" className="mt-1 block font-semibold text-focus">
            {error}
          </span>
        ) : null}
      </div>
      <div className="hp-field" aria-hidden="true">
        <label htmlFor="avregistrera-webbplats">Lämna det här fältet tomt</label>
        <input id="avregistrera-webbplats" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-paper hover:underline">
          Skicka länken
        </button>
      </p>
    </form>
  )
}

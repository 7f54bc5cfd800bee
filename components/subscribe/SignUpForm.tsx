import type { OpenList } from '@/subscribers/openLists'
import { routes } from '@/lib/routes'

export type SignUpValues = { email: string; name: string; organisation: string; lists: number[] }
export type SignUpErrors = Partial<Record<'email' | 'lists' | 'name' | 'organisation', string>>

export const HONEYPOT_FIELD = 'webbplats'

const input = 'mt-1 block w-full max-w-md rounded border border-muted bg-paper px-3 py-2 text-ink'

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 font-semibold text-focus">
      {message}
    </p>
  ) : null
}

/**
 * The sign-up form: a plain POST form that works without JavaScript. Errors are listed first,
 * each a link to its field, and repeated at the field (aria-describedby). The honeypot field is
 * off-screen and out of the tab order; a person never fills it in, a form-filling robot does.
 */
export function SignUpForm({ lists, values, errors }: { lists: OpenList[]; values: SignUpValues; errors: SignUpErrors }) {
  const messages = Object.entries(errors)
  const only = lists.length === 1 ? lists[0] : undefined
  return (
    <form action={routes.subscribe()} method="post" className="mt-6 space-y-5" noValidate>
      {messages.length > 0 ? (
        <div className="rounded border-2 border-focus p-4" aria-labelledby="prenumerera-fel">
          <h2 id="prenumerera-fel" className="text-lg font-bold">
            Rätta följande
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {messages.map(([field, message]) => (
              <li key={field}>
                <a href={`#prenumerera-${field === 'lists' ? 'listor' : field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <label htmlFor="prenumerera-email" className="block font-semibold">
          E-postadress
        </label>
        <input
          id="prenumerera-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? 'prenumerera-email-fel' : undefined}
          className={input}
        />
        <FieldError id="prenumerera-email-fel" message={errors.email} />
      </div>
      <div>
        <label htmlFor="prenumerera-name" className="block font-semibold">
          Namn <span className="font-normal text-muted">(frivilligt)</span>
        </label>
        <input id="prenumerera-name" name="name" type="text" autoComplete="name" maxLength={200} defaultValue={values.name} className={input} />
        <FieldError id="prenumerera-name-fel" message={errors.name} />
      </div>
      <div>
        <label htmlFor="prenumerera-organisation" className="block font-semibold">
          Organisation <span className="font-normal text-muted">(frivilligt)</span>
        </label>
        <input
          id="prenumerera-organisation"
          name="organisation"
          type="text"
          autoComplete="organization"
          maxLength={200}
          defaultValue={values.organisation}
          className={input}
        />
        <FieldError id="prenumerera-organisation-fel" message={errors.organisation} />
      </div>
      {only ? (
        <p id="prenumerera-listor">
          <input type="hidden" name="lista" value={only.id} />
          Du anmäler dig till <strong>{only.name}</strong>.{only.description ? ` ${only.description}` : ''}
        </p>
      ) : (
        <fieldset id="prenumerera-listor" aria-describedby={errors.lists ? 'prenumerera-listor-fel' : undefined}>
          <legend className="font-semibold">Vad vill du få?</legend>
          <FieldError id="prenumerera-listor-fel" message={errors.lists} />
          {lists.map((list) => (
            <p key={list.id} className="mt-2">
              <input id={`prenumerera-lista-${list.id}`} type="checkbox" name="lista" value={list.id} defaultChecked={values.lists.includes(list.id)} />{' '}
              <label htmlFor={`prenumerera-lista-${list.id}`} className="font-semibold">
                {list.name}
              </label>
              {list.description ? <span className="block pl-6 text-muted">{list.description}</span> : null}
            </p>
          ))}
        </fieldset>
      )}
      <div className="hp-field" aria-hidden="true">
        <label htmlFor="prenumerera-webbplats">Lämna det här fältet tomt</label>
        <input id="prenumerera-webbplats" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="text-muted">
        Vi skickar ett mejl med en länk som du följer för att bekräfta. Läs <a href={routes.privacy()}>hur vi hanterar personuppgifter</a>.
      </p>
      <p>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-paper hover:underline">
          Prenumerera
        </button>
      </p>
    </form>
  )
}

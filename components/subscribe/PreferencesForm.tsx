import type { PreferenceList } from '@/subscribers/preferences'
import { routes } from '@/lib/routes'

const input = 'mt-1 block w-full max-w-md rounded border border-muted bg-paper px-3 py-2 text-ink'
const button = 'rounded bg-brand px-4 py-2 font-semibold text-paper hover:underline'

/** What a list's box means beside it, where it is not plain. */
const NOTE: Partial<Record<NonNullable<PreferenceList['status']>, string>> = {
  pending: 'Väntar på bekräftelse: kryssa i och spara för att bekräfta.',
  bounced: 'Vi slutade skicka hit när e-posten studsade. Kryssa i och spara för att få utskick igen.',
}

/**
 * "Dina prenumerationer": one plain POST form (no JavaScript) with a box per list — ticked for the
 * lists received — and the reader's name and organisation; a second form leaves every list.
 */
export function PreferencesForm({ token, lists, name, organisation, anyReceived }: { token: string; lists: PreferenceList[]; name: string; organisation: string; anyReceived: boolean }) {
  return (
    <>
      <form action={routes.unsubscribe(token)} method="post" className="mt-6 space-y-5">
        <input type="hidden" name="atgard" value="spara" />
        <fieldset>
          <legend className="font-semibold">Vilka utskick vill du få?</legend>
          {lists.map((list) => (
            <p key={list.id} className="mt-2">
              <input id={`lista-${list.id}`} type="checkbox" name="lista" value={list.id} defaultChecked={list.status === 'subscribed'} aria-describedby={NOTE[list.status ?? 'subscribed'] ? `lista-${list.id}-not` : undefined} />{' '}
              <label htmlFor={`lista-${list.id}`} className="font-semibold">
                {list.name}
              </label>
              {list.description ? <span className="block pl-6 text-muted">{list.description}</span> : null}
              {NOTE[list.status ?? 'subscribed'] ? (
                <span id={`lista-${list.id}-not`} className="block pl-6 text-muted">
                  {NOTE[list.status ?? 'subscribed']}
                </span>
              ) : null}
            </p>
          ))}
        </fieldset>
        <div>
          <label htmlFor="installningar-namn" className="block font-semibold">
            Namn <span className="font-normal text-muted">(frivilligt)</span>
          </label>
          <input id="installningar-namn" name="name" type="text" autoComplete="name" maxLength={200} defaultValue={name} className={input} />
        </div>
        <div>
          <label htmlFor="installningar-organisation" className="block font-semibold">
            Organisation <span className="font-normal text-muted">(frivilligt)</span>
          </label>
          <input id="installningar-organisation" name="organisation" type="text" autoComplete="organization" maxLength={200} defaultValue={organisation} className={input} />
        </div>
        <p>
          <button type="submit" className={button}>
            Spara
          </button>
        </p>
      </form>
      {anyReceived ? (
        <form action={routes.unsubscribe(token)} method="post" className="mt-8 border-t border-muted pt-6">
          <input type="hidden" name="atgard" value="avregistrera" />
          <p>Vill du inte få något alls från oss?</p>
          <p className="mt-2">
            <button type="submit" className={button}>
              Avsluta alla
            </button>
          </p>
        </form>
      ) : null}
    </>
  )
}

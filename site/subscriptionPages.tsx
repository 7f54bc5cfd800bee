/**
 * The pages of sign-up, confirmation and unsubscribe, as the route handlers under
 * app/(site)/prenumerera and app/(site)/avregistrera answer them.
 */
import { Notice } from '@/components/subscribe/Notice'
import { PreferencesForm } from '@/components/subscribe/PreferencesForm'
import { SignUpForm } from '@/components/subscribe/SignUpForm'
import { UnsubscribeRequestForm } from '@/components/subscribe/UnsubscribeRequestForm'
import { ContactLine } from '@/components/ui/ContactLine'
import type { SettingsView } from '@/content/types'
import type { OpenList } from '@/subscribers/openLists'
import { routes } from '@/lib/routes'
import { tooManyFormsMessage } from '@/lib/security/formLimits'
import type { PreferenceChange, Preferences } from '@/subscribers/preferences'
import type { FormErrors, FormValues } from '@/subscribers/signUpForm'

import type { Page } from './sitePage'

export const EMPTY_FORM: FormValues = { email: '', name: '', organisation: '', lists: [] }

export function signUpPage(settings: SettingsView, lists: OpenList[], values: FormValues, errors: FormErrors, status = 200): Page {
  const meta = {
    title: Object.keys(errors).length > 0 ? `Fel i formuläret – Prenumerera på ${settings.newsletterName}` : `Prenumerera på ${settings.newsletterName}`,
    description: `Anmäl dig för att få ${settings.newsletterName} med e-post.`,
    path: routes.subscribe(),
  }
  if (lists.length === 0) {
    return {
      status,
      meta,
      body: (
        <Notice heading={`Prenumerera på ${settings.newsletterName}`}>
          <p>Just nu går det inte att anmäla sig här.{settings.contactEmail ? ` Kontakta ${settings.contactEmail} om du vill få nyhetsbrevet.` : ''}</p>
        </Notice>
      ),
    }
  }
  return {
    status,
    meta,
    body: (
      <article className="max-w-2xl">
        <h1 className="text-3xl font-bold text-brand">Prenumerera på {settings.newsletterName}</h1>
        <p className="mt-4">{settings.organisationDescription}</p>
        <SignUpForm lists={lists} values={values} errors={errors} />
      </article>
    ),
  }
}

export function thanksPage(settings: SettingsView): Page {
  return {
    meta: { title: 'Tack för din anmälan', description: 'Bekräfta din prenumeration med länken i mejlet.', path: routes.subscribe() },
    body: (
      <Notice heading="Tack! Titta i din inkorg">
        <p>Vi skickar strax ett mejl till adressen du angav. Följ länken i det för att bekräfta din prenumeration på {settings.newsletterName}.</p>
        <p>Syns inget mejl inom några minuter? Titta i skräpposten. Länken gäller i en vecka.</p>
      </Notice>
    ),
  }
}

/** A form that could not be read at all (too large, wrong type): say so, with a way back. */
export function problemPage(status: number, message: string): Page {
  return {
    status,
    meta: { title: 'Formuläret kunde inte tas emot', description: message, path: routes.subscribe() },
    body: (
      <Notice heading="Formuläret kunde inte tas emot">
        <p>{message}</p>
        <p>
          <a href={routes.subscribe()}>Tillbaka till anmälan</a>
        </p>
      </Notice>
    ),
  }
}

export function limitedPage(retryAfterSeconds: number): Page {
  return {
    status: 429,
    meta: { title: 'För många anmälningar', description: 'Försök igen senare.', path: routes.subscribe() },
    body: (
      <Notice heading="Försök igen lite senare">
        <p>{tooManyFormsMessage(retryAfterSeconds)}</p>
      </Notice>
    ),
  }
}

const listSentence = (names: string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`)

const CONFIRM_PROBLEMS = {
  invalid: { status: 400, text: 'Länken är inte giltig. Kontrollera att hela länken från mejlet kom med, eller anmäl dig igen.' },
  expired: { status: 410, text: 'Länken har slutat gälla (den gäller i en vecka). Anmäl dig igen, så får du en ny.' },
  gone: { status: 410, text: 'Anmälan finns inte längre. Anmäl dig igen om du vill få nyhetsbrevet.' },
  unsubscribedSince: { status: 409, text: 'Du har avregistrerat dig efter att länken skickades, så den gäller inte längre. Anmäl dig igen om du vill få nyhetsbrevet.' },
} as const

export function confirmProblemPage(problem: keyof typeof CONFIRM_PROBLEMS): Page {
  const { status, text } = CONFIRM_PROBLEMS[problem]
  return {
    status,
    meta: { title: 'Länken fungerar inte', description: text, path: routes.subscribe() },
    body: (
      <Notice heading="Länken fungerar inte">
        <p>{text}</p>
        <p>
          <a href={routes.subscribe()}>Till anmälan</a>
        </p>
      </Notice>
    ),
  }
}

export function confirmPage(settings: SettingsView, token: string, names: string[]): Page {
  return {
    meta: { title: 'Bekräfta din prenumeration', description: `Bekräfta att du vill få ${settings.newsletterName}.`, path: routes.subscribe() },
    body: (
      <Notice heading="Bekräfta din prenumeration" button={{ label: 'Bekräfta prenumerationen', action: routes.subscribeConfirm(token) }}>
        <p>
          Du är nästan klar: tryck på knappen för att få {settings.newsletterName} ({listSentence(names)}).
        </p>
        <p className="text-muted">Vi frågar en gång till så att inget program som öppnar länkar i mejl kan anmäla dig utan att du vet om det.</p>
      </Notice>
    ),
  }
}

export function confirmedPage(settings: SettingsView, names: string[]): Page {
  return {
    meta: { title: 'Du prenumererar nu', description: `Du får ${settings.newsletterName}.`, path: routes.subscribe() },
    body: (
      <Notice heading="Klart! Du prenumererar nu">
        <p>
          Du får {settings.newsletterName}: {listSentence(names)}. Längst ned i varje utskick finns en länk om du vill sluta.
        </p>
        <p>
          <a href={routes.home()}>Till startsidan</a>
        </p>
      </Notice>
    ),
  }
}

/**
 * "Dina prenumerationer", the page of the personal link in every message: which lists the address
 * gets, open lists it could, its name and organisation; after a save, what changed.
 */
export function preferencesPage(settings: SettingsView, token: string, masked: string, preferences: Preferences, saved?: PreferenceChange): Page {
  const received = preferences.lists.filter((l) => l.status === 'subscribed' || l.status === 'pending')
  const changes = saved
    ? [
        saved.received.length > 0 ? `Du får nu ${listSentence(saved.received)}.` : '',
        saved.left.length > 0 ? `Du får inte längre ${listSentence(saved.left)}.` : '',
        saved.detailsChanged ? 'Namn och organisation är uppdaterade.' : '',
      ].filter(Boolean)
    : []
  return {
    meta: { title: saved ? 'Sparat – Dina prenumerationer' : 'Dina prenumerationer', description: `Välj vad du vill få av ${settings.newsletterName}.`, path: routes.unsubscribeInfo() },
    body: (
      <article className="max-w-2xl">
        <h1 className="text-3xl font-bold text-brand">Dina prenumerationer</h1>
        {saved ? (
          <div role="status" className="mt-4 rounded border-2 border-brand p-4">
            <p className="font-semibold">Sparat.</p>
            {changes.length > 0 ? changes.map((line) => <p key={line}>{line}</p>) : <p>Inget ändrades.</p>}
          </div>
        ) : null}
        <p className="mt-4">
          {received.length > 0
            ? `Adressen ${masked} får i dag ${settings.newsletterName}: ${listSentence(received.map((l) => l.name))}.`
            : `Adressen ${masked} får inte ${settings.newsletterName} i dag.`}{' '}
          Kryssa i det du vill få och spara.
        </p>
        <PreferencesForm token={token} lists={preferences.lists} name={preferences.name} organisation={preferences.organisation} anyReceived={received.length > 0} />
      </article>
    ),
  }
}

export function unsubscribedPage(settings: SettingsView, token: string, names: string[]): Page {
  return {
    meta: { title: 'Du är avregistrerad', description: `Du får inte längre ${settings.newsletterName}.`, path: routes.unsubscribeInfo() },
    body: (
      <Notice heading="Du är avregistrerad" button={{ label: 'Ångra, prenumerera igen', action: routes.unsubscribe(token), fields: { atgard: 'prenumerera-igen' } }}>
        <p>
          Du får inte längre {settings.newsletterName}
          {names.length > 0 ? ` (${listSentence(names)})` : ''}. Det kan komma ett utskick till om det redan var på väg.
        </p>
      </Notice>
    ),
  }
}

export function resubscribedPage(settings: SettingsView, names: string[]): Page {
  return {
    meta: { title: 'Välkommen tillbaka', description: `Du får ${settings.newsletterName} igen.`, path: routes.unsubscribeInfo() },
    body: (
      <Notice heading="Välkommen tillbaka">
        <p>
          Du får {settings.newsletterName} igen{names.length > 0 ? `: ${listSentence(names)}` : ''}.
        </p>
      </Notice>
    ),
  }
}

export function unsubscribeLinkProblemPage(problem: 'invalid' | 'gone'): Page {
  const text =
    problem === 'invalid'
      ? 'Länken är inte giltig. Kontrollera att hela länken från mejlet kom med.'
      : 'Adressen finns inte längre hos oss, så du får inga fler utskick.'
  return {
    status: problem === 'invalid' ? 400 : 410,
    meta: { title: problem === 'invalid' ? 'Länken fungerar inte' : 'Adressen finns inte längre', description: text, path: routes.unsubscribeInfo() },
    body: (
      <Notice heading={problem === 'invalid' ? 'Länken fungerar inte' : 'Adressen finns inte längre'}>
        <p>{text}</p>
        {problem === 'invalid' ? (
          <p>
            <a href={routes.unsubscribeInfo()}>Så avregistrerar du dig utan länken</a>
          </p>
        ) : null}
      </Notice>
    ),
  }
}

/** /avregistrera: how to unsubscribe without the personal link of an issue (the web version's line). */
export function unsubscribeInfoPage(settings: SettingsView, form: { email?: string; error?: string; sent?: boolean } = {}): Page {
  return {
    status: form.error ? 400 : 200,
    meta: {
      title: `Avregistrera dig från ${settings.newsletterName}`,
      description: `Så slutar du få ${settings.newsletterName}.`,
      path: routes.unsubscribeInfo(),
    },
    body: (
      <article className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold text-brand">Avregistrera dig från {settings.newsletterName}</h1>
        <p>
          Längst ned i varje utskick finns länken <em>Klicka här för att avregistrera din adress</em>. Den är personlig och leder till en sida där du
          avregistrerar dig med en knapp. I webbversionen av ett nummer kan länken inte vara personlig, därför kom du hit.
        </p>
        <h2 className="text-xl font-bold">Har du inget utskick kvar?</h2>
        {form.sent ? (
          <p role="status">Om adressen finns bland prenumeranterna har vi skickat ett mejl med en länk för att avregistrera den. Titta i inkorgen.</p>
        ) : (
          <>
            <p>Skriv din adress, så skickar vi länken till den.</p>
            <UnsubscribeRequestForm email={form.email} error={form.error} />
          </>
        )}
        <p>
          Du kan också kontakta <ContactLine settings={settings} />.
        </p>
      </article>
    ),
  }
}

import type { Payload } from 'payload'

import { readerState } from './read'

const when = (iso: string): string => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(iso))

/**
 * Above the list of returns (the admin's *Returer*): where returns are read from, when they last
 * were, and — when the mailbox refused the login or did not answer — why, so staff see it without
 * the server's log. A server component: Payload hands it the Payload.
 */
export async function ReaderStatus({ payload }: { payload: Payload }) {
  const state = await readerState(payload)
  if (state.problem) {
    return (
      <div className="outbox-notice" role="alert">
        <strong>Returer kan inte läsas just nu.</strong> {state.problem} Senast lyckade läsning: {state.okAt ? when(state.okAt) : 'ingen ännu'}. Ett nytt försök görs varje
        minut.
      </div>
    )
  }
  return (
    <div className="outbox-notice" role="note">
      Returer läses varje minut från <code>{state.where}</code>
      {state.checkedAt ? `, senast ${when(state.checkedAt)}` : ' (inte läst ännu)'}.
    </div>
  )
}

import { openCallToJoin } from '@/content/openNow'
import type { CallToJoinView } from '@/content/types'
import { formatDate } from '@/lib/dates'

/**
 * "Vill du också delta …? Svar önskas till: … senast 30 april" while the call is open; after its
 * deadline, that it has closed (the e-mail as sent still shows the call: newsletter/copies.ts).
 */
export function CallToJoin({ call }: { call: CallToJoinView | null }) {
  const open = openCallToJoin(call)
  if (!open) {
    return call?.deadline ? <p className="my-4 text-muted">Gruppen tog emot intresseanmälningar till och med {formatDate(call.deadline)}. Den möjligheten är stängd.</p> : null
  }
  return (
    <p className="my-4 rounded bg-mist p-4">
      {open.text}
      {open.replyTo ? (
        <>
          {' '}
          Svar önskas till: {open.replyHref ? <a href={open.replyHref}>{open.replyTo}</a> : <strong>{open.replyTo}</strong>}
          {open.replyBy ? ` senast ${open.replyBy}` : null}
        </>
      ) : null}
    </p>
  )
}

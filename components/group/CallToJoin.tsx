import { openCallToJoin } from '@/lib/content/openNow'
import type { CallToJoinView } from '@/lib/content/types'

/** "Vill du också delta …? Svar önskas till: … senast 30 april" — only while the call is open. */
export function CallToJoin({ call }: { call: CallToJoinView | null }) {
  const open = openCallToJoin(call)
  if (!open) return null
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

import { formatDayMonth } from '@/lib/dates'
import type { CallToJoinView } from '@/lib/content/types'
import { isCallOpen } from '@/lib/content/timing'

/** "Vill du också delta …? Svar önskas till: … senast 30 april" — only while the call is open. */
export function CallToJoin({ call }: { call: CallToJoinView | null }) {
  if (!isCallOpen(call)) return null
  const who = call.replyToName ?? call.contactEmail
  return (
    <p className="my-4 rounded bg-mist p-4">
      {call.text}
      {who ? (
        <>
          {' '}
          Svar önskas till:{' '}
          {call.contactEmail ? <a href={`mailto:${call.contactEmail}`}>{who}</a> : <strong>{who}</strong>}
          {call.deadline ? ` senast ${formatDayMonth(call.deadline)}` : null}
        </>
      ) : null}
    </p>
  )
}

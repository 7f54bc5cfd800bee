import { Text } from '@react-email/components'

import { openCallToJoin } from '@/content/openNow'
import type { GroupView } from '@/content/types'

import { COPY } from '../copy'
import type { EmailContext } from '../context'
import { look } from '../styles'

import { A } from './A'

/** "Vill du också delta …? Svar önskas till: Marie-Helene Bergstrand senast 30 april", while open. */
export function CallToJoin({ group, ctx }: { group: GroupView | null; ctx: EmailContext }) {
  const call = openCallToJoin(group?.callToJoin, ctx.now)
  if (!call) return null
  if (!call.replyTo) return <Text {...look('p')}>{call.text}</Text>
  return (
    <Text {...look('p')}>
      {call.text} {COPY.replyTo} {call.replyHref ? <A href={call.replyHref}>{call.replyTo}</A> : call.replyTo}
      {call.replyBy ? ` ${COPY.replyBy} ${call.replyBy}` : null}
    </Text>
  )
}

import { Text } from '@react-email/components'

import { memberLine } from '@/content/memberLine'
import type { GroupView } from '@/content/types'

import { look, styles } from '../styles'

/** The group's current members, written as the newsletter writes them, convener marked. */
export function MemberList({ group, intro }: { group: GroupView; intro: string | null }) {
  if (group.members.length === 0) return null
  return (
    <>
      {intro ? <Text {...look('p')} style={{ ...styles.p, marginBottom: '8px' }}>{intro}</Text> : null}
      <ul {...look('list')}>
        {group.members.map((member) => (
          <li key={member.name} {...look('listItem')}>
            {memberLine(member, member.isConvener)}
          </li>
        ))}
      </ul>
    </>
  )
}

import { memberDescription } from '@/content/memberLine'
import type { GroupView } from '@/content/types'

/** The group's current members (from the group itself, always up to date); the convener marked. */
export function MemberList({ group, intro }: { group: GroupView; intro?: string }) {
  if (group.members.length === 0) return null
  return (
    <div className="my-4">
      {intro ? <p>{intro}</p> : null}
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {group.members.map((member) => (
          <li key={`${member.name}-${member.county ?? ''}`}>
            <span className="font-semibold">{member.name}</span>
            {memberDescription(member) ? `, ${memberDescription(member)}` : null}
            {member.isConvener ? <strong> (sammankallande)</strong> : null}
          </li>
        ))}
      </ul>
    </div>
  )
}

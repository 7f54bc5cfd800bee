import { describeWhen } from '@/content/eventWhen'
import type { GroupView } from '@/content/types'
import { routes } from '@/lib/routes'

import { CallToJoin } from './CallToJoin'
import { MemberTable } from './MemberTable'

/** One reference group: purpose, members, next meeting, where notes are kept, call to join. */
export function GroupContent({ group }: { group: GroupView }) {
  return (
    <article>
      <h1 className="text-3xl font-bold leading-tight text-brand">{group.name}</h1>
      <p className="mt-4 text-lg">{group.purpose}</p>
      <MemberTable group={group} />
      {group.nextMeeting ? (
        <section aria-labelledby="nasta-mote" className="mt-8">
          <h2 id="nasta-mote" className="text-xl font-bold">
            Nästa möte
          </h2>
          <p className="mt-2">
            <a href={routes.event(group.nextMeeting.slug)}>{group.nextMeeting.title}</a> –{' '}
            {describeWhen({ ...group.nextMeeting, endsAt: null })}
          </p>
        </section>
      ) : null}
      {group.notes ? (
        <p className="mt-6">
          Minnesanteckningar finns på {group.notes.url ? <a href={group.notes.url}>{group.notes.location}</a> : group.notes.location}.
        </p>
      ) : null}
      <CallToJoin call={group.callToJoin} />
    </article>
  )
}

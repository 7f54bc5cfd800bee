import { listGroups } from '@/content/reads/groups'
import { routes } from '@/lib/routes'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

export const GET = sitePage({
  render: async ({ payload, reader }) => {
    const groups = await listGroups(payload, reader)
    return {
      meta: { title: 'Referensgrupper', description: 'RUS referensgrupper: vilka som ingår, vad grupperna gör och hur du kan delta.', path: routes.referenceGroups() },
      body: (
        <>
          <h1 className="text-3xl font-bold text-brand">Referensgrupper</h1>
          <p className="mt-4">I RUS finns referensgrupper inom olika områden. Här ser du vilka som ingår och vad grupperna gör.</p>
          {groups.length === 0 ? <p className="mt-4">Inga referensgrupper är publicerade ännu.</p> : null}
          <ul className="mt-6 space-y-6">
            {groups.map((group) => (
              <li key={group.slug}>
                <h2 className="text-xl font-bold">
                  <a href={routes.referenceGroup(group.slug)}>{group.name}</a>
                </h2>
                <p className="mt-1">{group.purpose}</p>
                <p className="mt-1 text-sm text-muted">{group.members.length} medlemmar</p>
              </li>
            ))}
          </ul>
        </>
      ),
    }
  },
})

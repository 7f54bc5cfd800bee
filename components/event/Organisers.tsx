import type { OrganiserView } from '@/content/types'

const ROLE_LABELS: Record<OrganiserView['role'], string> = {
  host: 'Värd',
  organiser: 'Arrangörer',
  partner: 'I samarbete med',
}

/** Host, organisers and partners, each group on its own line. */
export function Organisers({ organisers }: { organisers: OrganiserView[] }) {
  if (organisers.length === 0) return null
  const roles = (Object.keys(ROLE_LABELS) as OrganiserView['role'][]).filter((role) => organisers.some((o) => o.role === role))
  return (
    <section aria-labelledby="arrangorer" className="mt-6">
      <h2 id="arrangorer" className="text-lg font-bold">
        Arrangörer
      </h2>
      <dl className="mt-2 space-y-1">
        {roles.map((role) => (
          <div key={role}>
            <dt className="inline font-semibold">{ROLE_LABELS[role]}: </dt>
            <dd className="inline">
              {organisers
                .filter((o) => o.role === role)
                .map((o) => o.name)
                .join(', ')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

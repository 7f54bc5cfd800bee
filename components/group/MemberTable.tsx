import type { GroupView } from '@/content/types'

/** Name, title, organisation and county of each member — never contact details. */
export function MemberTable({ group }: { group: GroupView }) {
  if (group.members.length === 0) return <p className="mt-6">Gruppen har inga medlemmar ännu.</p>
  return (
    <section aria-labelledby="medlemmar" className="mt-8">
      <h2 id="medlemmar" className="text-xl font-bold">
        Medlemmar
      </h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Medlemmar i {group.name}</caption>
          <thead>
            <tr className="border-b-2 border-brand">
              <th scope="col" className="py-2 pr-3">Namn</th>
              <th scope="col" className="py-2 pr-3">Titel</th>
              <th scope="col" className="py-2 pr-3">Organisation</th>
              <th scope="col" className="py-2">Län</th>
            </tr>
          </thead>
          <tbody>
            {group.members.map((m) => (
              <tr key={`${m.name}-${m.county ?? ''}`} className="border-b border-line">
                <th scope="row" className="py-2 pr-3 font-semibold">
                  {m.name}
                  {m.isConvener ? <span className="block font-normal">(sammankallande)</span> : null}
                </th>
                <td className="py-2 pr-3">{m.title}</td>
                <td className="py-2 pr-3">{m.organisation}</td>
                <td className="py-2">{m.county}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

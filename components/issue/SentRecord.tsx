import type { SentCopyRef } from '@/newsletter/sentCopies'
import { formatDate } from '@/lib/dates'
import { routes } from '@/lib/routes'

/**
 * On a sent issue's page: when it went out, that the page shows today's content (a call that has
 * closed says so), the way to the e-mail as it was sent, and every public correction.
 */
export function SentRecord({ slug, copies }: { slug: string; copies: SentCopyRef[] }) {
  const first = copies[0]
  if (!first) return null
  const corrections = copies.filter((copy) => copy.kind === 'correction')
  return (
    <aside aria-labelledby="skickat-rubrik" className="mt-4 border-l-4 border-brand pl-4 text-sm">
      <h2 id="skickat-rubrik" className="font-bold">
        Skickat <time dateTime={first.sentAt}>{formatDate(first.sentAt)}</time>
      </h2>
      <p className="mt-1">
        Sidan visar innehållet så som det är i dag, så en anmälan som har stängt står som stängd.{' '}
        <a href={routes.issueSentCopy(slug, first.version)}>Läs nyhetsbrevet så som det skickades</a>.
      </p>
      {corrections.length > 0 ? (
        <>
          <h3 className="mt-2 font-bold">Rättelser</h3>
          <ul className="mt-1">
            {corrections.map((correction) => (
              <li key={correction.version}>
                <time dateTime={correction.sentAt}>{formatDate(correction.sentAt)}</time>: {correction.note}{' '}
                (<a href={routes.issueSentCopy(slug, correction.version)}>den rättade versionen</a>)
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  )
}

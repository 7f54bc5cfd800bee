import type { AdminViewServerProps } from 'payload'

import { AdminFrame, adminPage } from '@/lib/adminFrame'
import { formatDate, formatTime } from '@/lib/dates'

import { auditApi, auditPages, auditQuery } from '../api'
import { AUDIT_KINDS, auditKindLabel } from '../model'
import { filterOf, searchAudit } from '../search'

/**
 * "Logg" in the admin (/admin/logg): who did what, newest first, filtered by person, kind and
 * days, a hundred a page, and as CSV. Admins only; a form without JavaScript (GET).
 */
export async function AuditView(view: AdminViewServerProps) {
  const { staff } = await adminPage(view)
  const given = (await view.searchParams) ?? {}
  const filter = filterOf({ get: (name) => (typeof given[name] === 'string' ? (given[name] as string) : null) })
  const admin = staff.role === 'admin'
  const { rows, more } = admin ? await searchAudit(view.initPageResult.req.payload, filter) : { rows: [], more: false }
  const page = filter.page ?? 1
  return (
    <AdminFrame view={view} className="audit">
      <h1>Logg</h1>
      {!admin ? (
        <p role="alert">Bara administratörer ser loggen.</p>
      ) : (
        <>
          <p>
            Vem som gjorde vad och när: inloggningar, publiceringar, utskick, rättelser, exporter och importer av prenumeranter, hävda spärrar,
            ändrade roller, konton och inställningar. Loggen kan inte ändras; äldre händelser gallras enligt Inställningar.
          </p>
          <form method="get" action={auditPages.log()} className="audit__filter">
            <label>
              Person (e-post)
              <input name="person" type="text" defaultValue={filter.actor ?? ''} autoComplete="off" />
            </label>
            <label>
              Vad
              <select name="typ" defaultValue={filter.kind ?? ''}>
                <option value="">Allt</option>
                {AUDIT_KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Från och med
              <input name="fran" type="date" defaultValue={filter.from ?? ''} />
            </label>
            <label>
              Till och med
              <input name="till" type="date" defaultValue={filter.to ?? ''} />
            </label>
            <button type="submit" className="btn btn--style-primary btn--size-small">
              Visa
            </button>
          </form>
          <p>
            <a href={auditApi.csv(auditQuery({ ...filter, page: 1 }))} download>
              Ladda ner som CSV
            </a>
          </p>
          <table className="audit__table">
            <caption className="audit__caption">Händelser, den senaste först (sida {page})</caption>
            <thead>
              <tr>
                <th scope="col">Tid</th>
                <th scope="col">Person</th>
                <th scope="col">Vad</th>
                <th scope="col">Dokument</th>
                <th scope="col">Detaljer</th>
                <th scope="col">Adress</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={6}>Inga händelser.</td>
                </tr>
              ) : (
                rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <time dateTime={r.at}>
                        {formatDate(r.at)} {formatTime(r.at)}
                      </time>
                    </td>
                    <td>{r.actor ?? 'Systemet'}</td>
                    <td>{auditKindLabel(r.kind)}</td>
                    <td>{[r.collection, r.title].filter(Boolean).join(': ')}</td>
                    <td>{[r.fields?.length ? `Fält: ${r.fields.join(', ')}` : '', r.note ?? ''].filter(Boolean).join(' · ')}</td>
                    <td>{r.address ?? ''}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <nav aria-label="Sidor" className="audit__pages">
            {page > 1 ? <a href={auditPages.log(auditQuery({ ...filter, page: page - 1 }))}>← Nyare</a> : null}{' '}
            {more ? <a href={auditPages.log(auditQuery({ ...filter, page: page + 1 }))}>Äldre →</a> : null}
          </nav>
        </>
      )}
    </AdminFrame>
  )
}

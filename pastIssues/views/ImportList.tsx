import type { Payload } from 'payload'

import { IMPORT_STATUSES, pastIssuePages } from '../api'

import { UploadForm } from './UploadForm'

const statusLabel = (status: string) => IMPORT_STATUSES.find((s) => s.value === status)?.label ?? status

/** The form, and every import so far, newest first. */
export async function ImportList({ payload }: { payload: Payload }) {
  const { docs } = await payload.find({ collection: 'issue-imports', sort: '-createdAt', limit: 200, depth: 0, overrideAccess: true, select: { title: true, issueDate: true, status: true, flags: true, sourceName: true, createdAt: true } })
  return (
    <>
      <h1>Importera nummer</h1>
      <p>
        Läs in tidigare nummer från Paloma: webbversionen sparad som HTML, e-postmeddelandet (.eml), textversionen (.txt) eller många på en gång i en
        zip-fil. Varje nummer blir ett utkast med avsnitt, artiklar, evenemang och referensgrupper som du granskar bredvid originalet och sedan
        publicerar som skickat på sitt eget datum. Ingenting publiceras av sig självt.
      </p>
      <UploadForm />
      <h2>Inlästa nummer</h2>
      <table className="past-issues__table">
        <caption className="past-issues__caption">Alla inlästa nummer, det senaste först</caption>
        <thead>
          <tr>
            <th scope="col">Nummer</th>
            <th scope="col">Datum</th>
            <th scope="col">Original</th>
            <th scope="col">Att kontrollera</th>
            <th scope="col">Läge</th>
          </tr>
        </thead>
        <tbody>
          {docs.length === 0 ? (
            <tr>
              <td colSpan={5}>Inga nummer inlästa ännu.</td>
            </tr>
          ) : (
            docs.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <a href={pastIssuePages.review(d.id)}>{d.title}</a>
                </th>
                <td>{d.issueDate}</td>
                <td>{d.sourceName}</td>
                <td>{Array.isArray(d.flags) ? d.flags.length : 0}</td>
                <td>{statusLabel(d.status)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  )
}

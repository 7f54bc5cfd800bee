import type { Payload } from 'payload'

import { routes } from '@/lib/routes'

import { IMPORT_STATUSES, pastIssuePages } from '../api'
import { cleanOriginal } from '../cleanOriginal'
import type { ReadIssue } from '../model'

import { ApproveButton } from './ApproveButton'

type Ref = { kind?: string | null; article?: unknown; event?: unknown }
const idOf = (value: unknown): number | null => (typeof value === 'number' ? value : typeof value === 'object' && value && 'id' in value ? Number((value as { id: unknown }).id) : null)

/**
 * One import under review: the original as it came (a web version in a frame that runs nothing)
 * beside what was made of it — each draft a link to its form, every flag listed — and the
 * approval that publishes it as sent on its day.
 */
export async function ReviewPage({ payload, id }: { payload: Payload; id: number }) {
  const record = await payload.findByID({ collection: 'issue-imports', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!record) return <p role="alert">Det importerade numret finns inte.</p>
  const issueId = idOf(record.issue) ?? 0
  const issue = await payload.findByID({ collection: 'issues', id: issueId, depth: 1, draft: true, overrideAccess: true, disableErrors: true })
  const flags = Array.isArray(record.flags) ? (record.flags as string[]) : []
  const reading = record.reading as ReadIssue
  const status = IMPORT_STATUSES.find((s) => s.value === record.status)?.label ?? record.status
  const titleOf = (ref: Ref): string => {
    const doc = ref.kind === 'event' ? ref.event : ref.article
    return typeof doc === 'object' && doc && 'title' in doc ? String((doc as { title: unknown }).title) : '(saknas)'
  }
  return (
    <>
      <p>
        <a href={pastIssuePages.list()}>← Alla inlästa nummer</a>
      </p>
      <h1>Granska ”{record.title}”</h1>
      <p>
        {status}. Inläst från {record.sourceName} av {record.createdBy ?? 'okänd'}.
      </p>
      <div className="past-issues__pair">
        <section aria-labelledby="originalet">
          <h2 id="originalet">Originalet</h2>
          {record.sourceKind === 'text' ? (
            <pre className="past-issues__original">{record.original}</pre>
          ) : (
            <iframe className="past-issues__original" title={`Originalet: ${record.title}`} sandbox="" srcDoc={cleanOriginal(record.original)} />
          )}
        </section>
        <section aria-labelledby="utkastet">
          <h2 id="utkastet">Utkastet</h2>
          <p>
            <a href={routes.adminDocument('issues', issueId)}>
              {issue?.title ?? record.title} ({reading.date || 'inget datum'}): redigera numret
            </a>
          </p>
          <h3>Att kontrollera ({flags.length})</h3>
          {flags.length === 0 ? <p>Inget att anmärka på.</p> : <ul>{flags.map((flag) => <li key={flag}>{flag}</li>)}</ul>}
          <h3>Avsnitt</h3>
          {(issue?.sections ?? []).map((section) => (
            <section key={section.id ?? section.heading} aria-label={section.heading}>
              <h4>{section.heading}</h4>
              <ul>
                {(section.items ?? []).map((item, i) => {
                  const ref = item as Ref
                  const docId = idOf(ref.kind === 'event' ? ref.event : ref.article)
                  return (
                    <li key={`${ref.kind}-${docId ?? i}`}>
                      {ref.kind === 'event' ? 'Evenemang' : 'Artikel'}:{' '}
                      {docId ? <a href={routes.adminDocument(ref.kind === 'event' ? 'events' : 'articles', docId)}>{titleOf(ref)}</a> : titleOf(ref)}
                    </li>
                  )
                })}
              </ul>
            </section>
          ))}
          {record.status === 'draft' ? (
            <ApproveButton id={record.id} day={reading.date} />
          ) : (
            <p>
              Publicerat som skickat. <a href={routes.issue(issue?.slug ?? '')}>Numret på webbplatsen</a> ·{' '}
              <a href={routes.issueSentCopy(issue?.slug ?? '', 1)}>så som det skickades</a>
            </p>
          )}
        </section>
      </div>
    </>
  )
}

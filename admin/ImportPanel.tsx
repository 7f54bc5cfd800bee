'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ImportReport } from '@/subscribers/importPlan'
import { subscriberApi } from '@/subscribers/api'

type Status = 'checked' | 'queued' | 'running' | 'done' | 'failed'
type Result = { new: number; added: number; already: number; unsubscribed: number }
type State = { status: Status; processed: number; result: Result | null; error: string | null }

const POLL_MS = 1500
const n = (value: number) => value.toLocaleString('sv-SE')

function ReportTable({ report }: { report: ImportReport }) {
  const rows: [string, number][] = [
    ['Nya adresser', report.new],
    ['Kända adresser som läggs på listan', report.added],
    ['Finns redan på listan', report.already],
    ['Avregistrerade eller studsande (läggs inte till)', report.unsubscribed],
    ['Ogiltiga rader', report.invalid],
    ['Dubbletter i filen', report.duplicates],
  ]
  return (
    <table className="import-report">
      <caption>Provkörning: {n(report.total)} rader i filen</caption>
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{n(count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Problems({ report }: { report: ImportReport }) {
  if (report.problems.length === 0) return null
  const shown = report.problems.slice(0, 100)
  return (
    <details className="import-problems">
      <summary>Rader som inte importeras ({n(report.invalid + report.duplicates + report.unsubscribed)})</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Rad</th>
            <th scope="col">Värde</th>
            <th scope="col">Varför</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((problem) => (
            <tr key={`${problem.line}-${problem.reason}`}>
              <td>{problem.line}</td>
              <td>{problem.value || '–'}</td>
              <td>{problem.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.problems.length > shown.length ? <p>… och {n(report.problems.length - shown.length)} rader till.</p> : null}
    </details>
  )
}

/**
 * The dry run's report and the button that starts the import; then its progress, read from the
 * server every second and a half while the job runs (the import never runs in the browser).
 */
export function ImportPanel() {
  const { id } = useDocumentInfo()
  const fields = useFormFields(([f]) => ({ report: f.report?.value, status: f.status?.value, processed: f.processed?.value, result: f.result?.value, error: f.error?.value }))
  const report = (fields.report ?? null) as ImportReport | null
  const [state, setState] = useState<State>({
    status: (fields.status as Status) ?? 'checked',
    processed: Number(fields.processed ?? 0),
    result: (fields.result as Result | null) ?? null,
    error: (fields.error as string | null) ?? null,
  })
  const [problem, setProblem] = useState('')
  const running = state.status === 'queued' || state.status === 'running'

  useEffect(() => {
    if (!id || !running) return
    const timer = setInterval(async () => {
      const response = await fetch(subscriberApi.importProgress(id), { credentials: 'include' })
      if (!response.ok) return
      const doc = (await response.json()) as State
      setState({ status: doc.status, processed: doc.processed ?? 0, result: doc.result ?? null, error: doc.error ?? null })
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [id, running])

  if (!id || !report) return <p className="field-description">Välj en fil och en lista och spara, så provkörs importen.</p>

  const importable = report.new + report.added
  const start = async () => {
    setProblem('')
    const response = await fetch(`/api/subscriber-imports/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'queued' }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
      return setProblem(body?.errors?.[0]?.message ?? 'Importen kunde inte startas.')
    }
    setState((s) => ({ ...s, status: 'queued' }))
  }

  const total = report.total - report.invalid - report.duplicates
  return (
    <section className="import-panel" aria-labelledby="import-panel-heading">
      <h2 id="import-panel-heading">Import</h2>
      <ReportTable report={report} />
      <Problems report={report} />
      {state.status === 'checked' ? (
        <p>
          <button type="button" className="btn btn--style-primary" disabled={importable === 0} onClick={() => void start()}>
            {importable === 0 ? 'Inga nya adresser att importera' : `Importera ${n(importable)} adresser`}
          </button>
        </p>
      ) : null}
      {running || state.status === 'done' ? (
        <div role="status">
          <progress max={total} value={state.processed} aria-label="Importerade rader" />{' '}
          {state.status === 'done' ? 'Klar: ' : running && state.status === 'queued' ? 'Väntar på att starta … ' : 'Importerar … '}
          {n(state.processed)} av {n(total)} rader
          {state.result ? ` – ${n(state.result.new)} nya, ${n(state.result.added)} tillagda, ${n(state.result.already)} fanns redan, ${n(state.result.unsubscribed)} avregistrerade.` : '.'}
        </div>
      ) : null}
      {state.status === 'failed' ? <p role="alert">Importen misslyckades: {state.error ?? 'okänt fel'}. Den försöks igen av sig själv.</p> : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  )
}

'use client'

import { useId, useState } from 'react'

import { problemOf } from '@/lib/http/apiProblem'

import { pastIssueApi, pastIssuePages } from '../api'

type Result = { file: string; ok: boolean; error?: string; again?: boolean; importId?: number; issue?: { title: string; date: string }; flags?: string[] }

/** "Läs in": files and a web-version address to the importer; each file's outcome as a line. */
export function UploadForm() {
  const [results, setResults] = useState<Result[]>([])
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const filesId = useId()
  const addressId = useId()

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    setMessage('')
    setResults([])
    const response = await fetch(pastIssueApi.readIn(), { method: 'POST', credentials: 'include', body: new FormData(event.currentTarget) }).catch(() => null)
    setBusy(false)
    if (!response) return setMessage('Servern svarade inte. Försök igen.')
    if (!response.ok) return setMessage(await problemOf(response))
    const body = (await response.json()) as { results: Result[] }
    setResults(body.results)
  }

  return (
    <form className="past-issues__form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <p>
        <label htmlFor={filesId} className="field-label">
          Filer (.txt, .html, .eml eller .zip, högst 5 MB per nummer)
        </label>
        <input id={filesId} name="filer" type="file" multiple accept=".txt,.html,.htm,.eml,.zip,text/plain,text/html,message/rfc822,application/zip" />
      </p>
      <p>
        <label htmlFor={addressId} className="field-label">
          … eller webbversionens adress
        </label>
        <input id={addressId} name="adress" type="url" inputMode="url" placeholder="https://public.paloma.se/webversion/…" style={{ width: '100%' }} />
      </p>
      <p>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
          {busy ? 'Läser in …' : 'Läs in'}
        </button>
      </p>
      {message ? <p role="alert">{message}</p> : null}
      {results.length > 0 ? (
        <ul aria-live="polite" className="past-issues__results">
          {results.map((r) => (
            <li key={r.file}>
              <strong>{r.file}</strong>:{' '}
              {r.ok && r.importId ? (
                <>
                  {r.again ? 'fanns redan inläst — ' : 'utkast skapat — '}
                  <a href={pastIssuePages.review(r.importId)}>granska ”{r.issue?.title}” ({r.issue?.date})</a>
                  {!r.again && r.flags?.length ? `, ${r.flags.length} saker att kontrollera` : ''}
                </>
              ) : r.ok ? (
                'numret för den dagen finns redan på webbplatsen.'
              ) : (
                r.error
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  )
}

'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { editorialApi } from '@/editorial/api'
import { STATUS_LABELS, type Checklist } from '@/editorial/model'
import { problemOf } from '@/lib/http/apiProblem'

/** Asks for the checklist; the send button (SendingPanel) uses it too. */
export async function fetchChecklist(id: number | string): Promise<Checklist | string> {
  const response = await fetch(editorialApi.checklist(id), { credentials: 'include' }).catch(() => null)
  if (!response) return 'Servern svarade inte. Försök igen.'
  return response.ok ? ((await response.json()) as Checklist) : problemOf(response)
}

/**
 * "Före utskick" in an issue's sidebar: the checklist run on the e-mail as it would go out, each
 * line passed, a warning or an error, with what to do about it.
 */
export function ChecklistPanel() {
  const { id } = useDocumentInfo()
  const uid = useId()
  const [checklist, setChecklist] = useState<Checklist | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const run = async () => {
    setBusy(true)
    setMessage('')
    const answer = await fetchChecklist(id)
    if (typeof answer === 'string') setMessage(answer)
    else setChecklist(answer)
    setBusy(false)
  }
  return (
    <section className="field-type checklist" aria-labelledby={`${uid}-rubrik`}>
      <h3 id={`${uid}-rubrik`} className="field-label">
        Före utskick
      </h3>
      <p className="field-description">Kontrollerar e-posten så som den skulle gå ut: länkar, storlek, bilder, tillgänglighet, CSS och skräppostpoäng.</p>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void run()}>
        {busy ? 'Kontrollerar …' : 'Kör kontrollen'}
      </button>
      {message ? <p role="alert">{message}</p> : null}
      {checklist ? (
        <ul className="checklist__lines" aria-live="polite">
          {checklist.lines.map((line) => (
            <li key={line.id} className={`checklist__line checklist__line--${line.status}`}>
              <strong>
                {line.label}: {STATUS_LABELS[line.status]}
              </strong>{' '}
              {line.detail} {line.fix ? <em>{line.fix}</em> : null}
              {line.items?.length ? (
                <ul>
                  {line.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

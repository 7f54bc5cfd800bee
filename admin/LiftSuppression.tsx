'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { problemOf } from '@/lib/http/apiProblem'
import { MAX_LIFT_NOTE_CHARS } from '@/subscribers/model'
import { subscriberApi } from '@/subscribers/api'

const STATUS_FIELD = /^subscriptions\.\d+\.status$/

/**
 * On a subscriber that bounces: "Häv spärren" with a note of why (subscribers/liftSuppression.ts).
 * The only way staff put a bounced address back on its lists; the note stays in its history.
 */
export function LiftSuppression() {
  const { id } = useDocumentInfo()
  const bounced = useFormFields(([fields]) => Object.entries(fields).some(([path, field]) => STATUS_FIELD.test(path) && field.value === 'bounced'))
  const [note, setNote] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const noteId = useId()
  if (!id || (!bounced && !message)) return null

  const lift = async () => {
    setBusy(true)
    setMessage('')
    const response = await fetch(subscriberApi.liftSuppression(id), { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ note }) })
    if (response.ok) {
      // The lists and the history changed on the server: the form shows them as they are now.
      window.location.reload()
      return
    }
    setMessage(await problemOf(response))
    setBusy(false)
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Adressen studsar</p>
      <p className="field-description">Den får inga utskick. Häv spärren först när felet är åtgärdat, och skriv varför: anteckningen sparas i historiken med din adress.</p>
      <label htmlFor={noteId} className="field-label">
        Anteckning
      </label>
      <textarea id={noteId} value={note} maxLength={MAX_LIFT_NOTE_CHARS} rows={3} onChange={(event) => setNote(event.target.value)} style={{ width: '100%' }} />
      <p>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || note.trim() === ''} onClick={() => void lift()}>
          Häv spärren
        </button>
      </p>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}

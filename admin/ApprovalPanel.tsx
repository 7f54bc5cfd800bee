'use client'

import { useCallback, useEffect, useId, useState } from 'react'

import { approvalApi, type ApprovalRow, type ApprovalState } from '@/editorial/api'
import { APPROVAL_NOTE_MAX, approvalStatusLabel } from '@/editorial/model'
import { problemOf } from '@/lib/http/apiProblem'

const when = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' })

function RequestLine({ row }: { row: ApprovalRow }) {
  const open = row.status === 'requested'
  return (
    <div className="approval" data-status={row.status}>
      <p>
        <strong>{approvalStatusLabel(row.status)}</strong>{' '}
        {open ? `sedan ${when(row.requestedAt)}, begärt av ${row.requestedBy}.` : `av ${row.decidedBy ?? ''} ${row.decidedAt ? when(row.decidedAt) : ''}.`}
      </p>
      {open && row.note ? <p>Anteckning: ”{row.note}”</p> : null}
      {!open && row.decisionNote ? (
        <p>
          {row.status === 'returned' ? 'Att ändra' : 'Anteckning'}: ”{row.decisionNote}”
        </p>
      ) : null}
      {row.changedSince ? <p className="approval__changed">Numret har ändrats {open ? 'sedan begäran' : 'efter beslutet'}.</p> : null}
    </div>
  )
}

/**
 * The second pair of eyes in the "Skicka" box: an editor asks for approval with a note; a
 * publisher (or an admin) approves or sends it back with what to change. The server decides who
 * may do what (editorial/approval/); this shows what it answers.
 */
export function ApprovalPanel({ issue, refreshKey, onChange }: { issue: number | string; refreshKey: number; onChange: () => void }) {
  const [state, setState] = useState<ApprovalState | null>(null)
  const [note, setNote] = useState('')
  const [message, setMessage] = useState('')
  const uid = useId()

  const refresh = useCallback(async () => {
    const response = await fetch(approvalApi.state(issue), { credentials: 'include' })
    if (response.ok) setState((await response.json()) as ApprovalState)
  }, [issue])
  useEffect(() => void refresh(), [refresh, refreshKey])

  if (!state) return null
  const latest = state.requests[0] ?? null
  const open = latest?.status === 'requested' ? latest : null

  const post = async (path: string, done: string) => {
    setMessage('')
    const response = await fetch(path, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ note }) })
    setMessage(response.ok ? done : await problemOf(response))
    if (response.ok) setNote('')
    await refresh()
    onChange()
  }

  const noteField = (label: string) => (
    <>
      <label htmlFor={`${uid}-anteckning`}>{label}</label>
      <textarea id={`${uid}-anteckning`} rows={2} maxLength={APPROVAL_NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
    </>
  )

  return (
    <div className="sending-panel__part" role="group" aria-labelledby={`${uid}-rubrik`}>
      <h4 id={`${uid}-rubrik`}>Godkännande</h4>
      {latest ? <RequestLine row={latest} /> : <p>Ingen har begärt godkännande av numret.</p>}
      {open && state.mayDecide ? (
        <>
          {noteField('Kommentar till redaktören')}
          <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void post(approvalApi.approve(issue), 'Numret är godkänt.')}>
            Godkänn
          </button>{' '}
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={!note.trim()}
            onClick={() => void post(approvalApi.giveBack(issue), 'Numret är skickat tillbaka till redaktören.')}
          >
            Skicka tillbaka
          </button>
          <p className="sending-panel__hint">Skicka tillbaka kräver en kommentar om vad som ska ändras. Att skicka numret till listor godkänner det också.</p>
        </>
      ) : null}
      {!open && !state.mayDecide ? (
        <>
          {noteField('Anteckning till ansvarig utgivare (frivilligt)')}
          <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void post(approvalApi.request(issue), 'Ansvarig utgivare har fått en begäran om godkännande.')}>
            Begär godkännande
          </button>
          <p className="sending-panel__hint">Ansvarig utgivare får ett mejl, granskar numret och skickar det eller skickar tillbaka det med en kommentar.</p>
        </>
      ) : null}
      <p role="status" className="sending-panel__message">
        {message}
      </p>
    </div>
  )
}

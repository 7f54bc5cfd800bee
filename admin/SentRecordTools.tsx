'use client'

import { useId, useState } from 'react'

import { copyApi, type CopyRow } from '@/newsletter/api'

const day = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'long' })
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })

export type Post = (path: string, body: unknown, done: string) => Promise<boolean>

/** Whether the issue has gone out, when and to whom, and its corrections, each with its copy. */
export function SentCopies({ copies }: { copies: CopyRow[] }) {
  const first = copies[0]
  if (!first) return <p className="sending-panel__part">Numret har inte skickats.</p>
  if (!first.sentAt) return <p className="sending-panel__part">Numret skickas {first.sentTo ? `till ${first.sentTo} ` : ''}och blir en del av arkivet när det första meddelandet har gått ut.</p>
  return (
    <div className="sending-panel__part">
      <p>
        <strong>Skickat {day(first.sentAt)}</strong>
        {first.sentTo ? ` till ${first.sentTo}` : ''}. <a href={first.url}>Så som det skickades</a>
      </p>
      {copies.length > 1 ? (
        <ul className="sending-panel__list">
          {copies.slice(1).map((copy) => (
            <li key={copy.version}>
              Rättat {copy.sentAt ? day(copy.sentAt) : ''}: {copy.note} (<a href={copy.url}>version {copy.version}</a>)
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/**
 * The record's tools in the "Skicka" box, for publishers and admins: mark an issue as sent through
 * another tool (before it has a copy), or publish a correction to what was sent (after).
 */
export function RecordTools({ issue, copies, published, post }: { issue: number | string; copies: CopyRow[]; published: boolean; post: Post }) {
  const uid = useId()
  const [sentOn, setSentOn] = useState(today())
  const [sentTo, setSentTo] = useState('')
  const [note, setNote] = useState('')
  const markSent = () => void post(copyApi.markSent(issue), { sentAt: new Date(`${sentOn}T12:00:00`).toISOString(), sentTo }, 'Numret är markerat som skickat.')
  const publishCorrection = async () => {
    if (await post(copyApi.correct(issue), { note }, 'Rättelsen är publicerad.')) setNote('')
  }
  return copies.length === 0 ? (
    <details className="sending-panel__part">
      <summary>Skickat med ett annat verktyg?</summary>
      <label htmlFor={`${uid}-skickat`}>Skickades den</label>
      <input id={`${uid}-skickat`} type="date" value={sentOn} max={today()} onChange={(e) => setSentOn(e.target.value)} />
      <label htmlFor={`${uid}-till`}>Till (frivilligt)</label>
      <input id={`${uid}-till`} type="text" value={sentTo} onChange={(e) => setSentTo(e.target.value)} />
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={markSent} disabled={!published || !sentOn}>
        Markera som skickat
      </button>
      <p className="sending-panel__hint">Numret sparas då så som det ser ut publicerat, bedömt per den dagen, och webbversionen visar just det.</p>
    </details>
  ) : (
    <div className="sending-panel__part">
      <label htmlFor={`${uid}-rattelse`}>Rättelse</label>
      <textarea id={`${uid}-rattelse`} rows={2} value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} aria-describedby={`${uid}-rattelse-hint`} />
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void publishCorrection()} disabled={!note.trim()}>
        Publicera rättelse
      </button>
      <p id={`${uid}-rattelse-hint`} className="sending-panel__hint">
        Publicera först det rättade numret eller artikeln. Rättelsen gör en ny version av det skickade med din anteckning, till exempel ”Rättat 2 april: fel datum för webbinariet”. Tidigare versioner finns kvar.
      </p>
    </div>
  )
}

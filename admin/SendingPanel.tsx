'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

import { problemOf } from '@/lib/http/apiProblem'
import { mayApproveAndSend } from '@/lib/security/staff'
import { copyApi, type CopyList, type CopyRow } from '@/newsletter/api'
import type { User } from '@/payload-types'
import { isUnderWay, returnsSummary, SENDING_STATUS_LABEL as STATUS, sendingApi, TEST_MESSAGES_PER_HOUR, type RecipientCount, type SendingRow, type SendRecord } from '@/sending/api'
import { statisticsPages } from '@/statistics/api'
import { subscriberApi } from '@/subscribers/api'

import { ApprovalPanel } from './ApprovalPanel'
import { fetchChecklist } from './ChecklistPanel'
import { RecordTools, SentCopies } from './SentRecordTools'

type List = { id: number; name: string }

const n = (value: number) => value.toLocaleString('sv-SE')
const when = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' })

function SendingItem({ sending, onCancel, onResend }: { sending: SendingRow; onCancel: (id: number) => void; onResend: ((id: number) => void) | null }) {
  const active = isUnderWay(sending.status)
  if (sending.kind === 'test') {
    return (
      <li className="sending">
        <strong>Provutskick</strong> {when(sending.createdAt)} till {(sending.testAddresses ?? []).join(', ')}: {STATUS[sending.status]}
        {(sending.testResults ?? []).filter((r) => !r.ok).map((r) => (
          <p key={r.email} role="alert">
            {r.email}: {r.error}
          </p>
        ))}
      </li>
    )
  }
  const counts = sending.counts ?? { queued: 0, sent: 0, failed: 0, skipped: 0, total: 0 }
  return (
    <li className="sending">
      <strong>{STATUS[sending.status]}</strong> {sending.scheduledAt && sending.status === 'queued' ? `(skickas ${when(sending.scheduledAt)})` : when(sending.createdAt)} till{' '}
      {sending.lists.join(', ')}
      <div>
        <progress max={counts.total} value={counts.sent + counts.failed + counts.skipped} aria-label="Skickade" /> {n(counts.sent)} skickade av {n(counts.total)}
        {counts.failed > 0 ? `, ${n(counts.failed)} misslyckade` : ''}
        {counts.skipped > 0 ? `, ${n(counts.skipped)} avregistrerade under tiden` : ''}
        {counts.queued > 0 ? `, ${n(counts.queued)} i kö` : ''}
        {returnsSummary(sending.returns) ? <div>Kom tillbaka: {returnsSummary(sending.returns)}.</div> : null}
        <div>
          <a href={statisticsPages.send(sending.id)}>Statistik för utskicket</a>
        </div>
      </div>
      {sending.status === 'waiting' && sending.lastError ? (
        <p>
          E-postservern svarade: <q>{sending.lastError}</q>. Utskicket fortsätter av sig självt{sending.pausedUntil ? ` efter ${when(sending.pausedUntil)}` : ''}.
        </p>
      ) : null}
      {sending.failures.length > 0 ? (
        <details>
          <summary>Misslyckade adresser ({n(counts.failed)})</summary>
          <ul>
            {sending.failures.map((f, i) => (
              <li key={i}>
                {f.email ?? '(borttagen)'}: {f.error}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {active ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onCancel(sending.id)}>
          Avbryt utskicket
        </button>
      ) : onResend && counts.failed > 0 && sending.status !== 'cancelled' ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => onResend(sending.id)}>
          Skicka igen till misslyckade ({n(counts.failed)})
        </button>
      ) : null}
    </li>
  )
}

/**
 * "Skicka" in the issue's sidebar: a test send to the editor's own address (or others), the send
 * to chosen lists with the number of unique recipients first, and the record of the issue's sends
 * with their progress, read from the server every two seconds while one is under way.
 */
export function SendingPanel() {
  const { id, data } = useDocumentInfo()
  const { user } = useAuth<User>()
  const [lists, setLists] = useState<List[]>([])
  const [chosen, setChosen] = useState<number[]>([])
  const [count, setCount] = useState<RecipientCount | null>(null)
  const [testTo, setTestTo] = useState('')
  const [testReason, setTestReason] = useState('')
  const [scheduled, setScheduled] = useState('')
  const [sendings, setSendings] = useState<SendingRow[]>([])
  const [message, setMessage] = useState('')
  const [confirming, setConfirming] = useState(false)
  // What the checklist before sending found failing, asked again about in the confirmation.
  const [failing, setFailing] = useState<string[]>([])
  const [checking, setChecking] = useState(false)
  const askToSend = async () => {
    setChecking(true)
    const checklist = await fetchChecklist(id ?? '')
    setFailing(typeof checklist === 'string' ? [`Kontrollen före utskick gick inte att köra: ${checklist}`] : checklist.failing)
    setChecking(false)
    setConfirming(true)
  }
  const [copies, setCopies] = useState<CopyRow[]>([])
  const uid = useId()
  // What the server allows (lib/security/staff.ts); it refuses the rest whatever this shows.
  const maySend = mayApproveAndSend(user?.role)
  const [approvalKey, setApprovalKey] = useState(0)
  const published = (data as { _status?: string } | undefined)?._status === 'published'

  useEffect(() => setTestTo((current) => current || user?.email || ''), [user?.email])

  const refresh = useCallback(async () => {
    if (!id) return
    const [response, record] = await Promise.all([
      fetch(sendingApi.record(id), { credentials: 'include' }),
      fetch(copyApi.copies(id), { credentials: 'include' }),
    ])
    if (response.ok) setSendings(((await response.json()) as SendRecord).sendings)
    if (record.ok) setCopies(((await record.json()) as CopyList).copies)
  }, [id])

  useEffect(() => {
    void fetch(subscriberApi.lists(), { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((body: { docs: List[] }) => setLists(body.docs))
    void refresh()
  }, [refresh])

  const active = sendings.some((s) => isUnderWay(s.status))
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => void refresh(), 2000)
    return () => clearInterval(timer)
  }, [active, refresh])

  useEffect(() => {
    setConfirming(false)
    if (!id || chosen.length === 0) return setCount(null)
    void fetch(sendingApi.recipients(id, chosen), { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then(setCount)
  }, [id, chosen])

  if (!id) return <p className="field-description">Spara numret först, så kan du skicka det.</p>

  const post = async (path: string, body: unknown, done: string) => {
    setMessage('')
    const response = await fetch(path, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    setMessage(response.ok ? done : await problemOf(response))
    await refresh()
    // A send settles an open request for approval: the approval's part reads it again.
    setApprovalKey((k) => k + 1)
    return response.ok
  }

  const sendTest = () => void post(sendingApi.testSend(id), { addresses: testTo, reason: testReason }, `Provutskicket är på väg till ${testTo}.`)
  const send = async () => {
    const at = scheduled ? new Date(scheduled).toISOString() : undefined
    if (await post(sendingApi.send(id), { lists: chosen, scheduledAt: at }, at ? `Utskicket är planerat till ${when(at)}.` : 'Utskicket är köat och börjar inom några sekunder.')) {
      setChosen([])
      setScheduled('')
    }
  }
  const cancel = (sending: number) => void post(sendingApi.cancel(sending), {}, 'Utskicket är avbrutet.')
  const resend = (sending: number) => void post(sendingApi.resend(sending), {}, 'De misslyckade adresserna får numret igen inom kort.')

  return (
    <section className="field-type sending-panel" aria-labelledby={`${uid}-rubrik`}>
      <h3 id={`${uid}-rubrik`} className="field-label">
        Skicka
      </h3>

      <SentCopies copies={copies} />
      <ApprovalPanel issue={id} refreshKey={approvalKey} onChange={() => void refresh()} />
      {maySend ? <RecordTools issue={id} copies={copies} published={published} post={post} /> : null}

      <div className="sending-panel__part">
        <label htmlFor={`${uid}-prov`}>Provutskick till</label>
        <input id={`${uid}-prov`} type="text" value={testTo} onChange={(e) => setTestTo(e.target.value)} autoComplete="email" />
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={sendTest} disabled={!testTo.trim()}>
          Skicka provutskick
        </button>
        <label htmlFor={`${uid}-skal`}>Skäl, om någon adress är utanför organisationen</label>
        <input id={`${uid}-skal`} type="text" value={testReason} maxLength={300} onChange={(e) => setTestReason(e.target.value)} />
        <p className="sending-panel__hint">
          Så som numret ser ut nu, även osparade ändringar som sparats som utkast. Högst fem adresser per prov och {TEST_MESSAGES_PER_HOUR} i timmen. Till adresser utanför
          organisationens domäner och personalen krävs ett skäl, som sparas med provutskicket.
        </p>
      </div>

      {!maySend ? (
        <p className="sending-panel__part">
          Ansvarig utgivare eller en administratör skickar numret till listorna, planerar utskick och publicerar rättelser. Begär godkännande när numret är klart.
        </p>
      ) : (
        <fieldset className="sending-panel__part">
          <legend>Skicka nyhetsbrevet till</legend>
          {lists.map((list) => (
            <div key={list.id}>
              <input
                id={`${uid}-lista-${list.id}`}
                type="checkbox"
                checked={chosen.includes(list.id)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, list.id] : c.filter((x) => x !== list.id)))}
              />{' '}
              <label htmlFor={`${uid}-lista-${list.id}`}>{list.name}</label>
            </div>
          ))}
          <label htmlFor={`${uid}-tid`}>Skicka senare (frivilligt)</label>
          <input id={`${uid}-tid`} type="datetime-local" value={scheduled} onChange={(e) => setScheduled(e.target.value)} />
          {count ? (
            <p role="status">
              {n(count.toSend)} mottagare{count.alreadySent > 0 ? ` (${n(count.alreadySent)} på listorna har redan fått numret och får det inte igen)` : ''}.
            </p>
          ) : null}
          {!published ? <p>Bara ett publicerat nummer kan skickas. Publicera numret först.</p> : null}
          {confirming ? (
            <div role="alertdialog" aria-labelledby={`${uid}-bekrafta`} className="sending-panel__confirm">
              {failing.length > 0 ? (
                <div role="alert">
                  <p>Kontrollen före utskick hittade fel:</p>
                  <ul>
                    {failing.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <p id={`${uid}-bekrafta`}>
                Skicka {data?.title ? `”${String(data.title)}”` : 'numret'} till {n(count?.toSend ?? 0)} mottagare{scheduled ? ` ${when(new Date(scheduled).toISOString())}` : ' nu'}
                {failing.length > 0 ? ' ändå' : ''}?
              </p>
              <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void send()}>
                {failing.length > 0 ? 'Ja, skicka ändå' : 'Ja, skicka'}
              </button>{' '}
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setConfirming(false)}>
                Avbryt
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={!published || !count || count.toSend === 0 || checking}
              onClick={() => void askToSend()}
            >
              {checking ? 'Kontrollerar före utskick …' : 'Skicka nyhetsbrevet'}
            </button>
          )}
        </fieldset>
      )}

      <p role="status" className="sending-panel__message">
        {message}
      </p>

      {sendings.length > 0 ? (
        <div className="sending-panel__part">
          <h4>Utskick av numret</h4>
          <ul className="sending-panel__list">
            {sendings.map((s) => (
              <SendingItem key={s.id} sending={s} onCancel={cancel} onResend={maySend ? resend : null} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

'use client'

import { useState } from 'react'

import { problemOf } from '@/lib/http/apiProblem'

import { pastIssueApi } from '../api'

/** "Godkänn och publicera som skickat": the drafts published, the issue recorded as sent on its day. */
export function ApproveButton({ id, day }: { id: number; day: string }) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const approve = async () => {
    setBusy(true)
    setMessage('')
    const response = await fetch(pastIssueApi.approve(id), { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => null)
    if (response?.ok) {
      window.location.reload()
      return
    }
    setMessage(response ? await problemOf(response) : 'Servern svarade inte. Försök igen.')
    setBusy(false)
  }
  return (
    <div>
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy} onClick={() => void approve()}>
        Godkänn och publicera som skickat {day}
      </button>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}

'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { editorialApi } from '@/editorial/api'
import { problemOf } from '@/lib/http/apiProblem'
import { routes } from '@/lib/routes'

/**
 * "Nytt nummer från det förra" above the issues' list, and "… från det här" in an issue's sidebar
 * (`from`): the new draft opens at once, with the sections, intro and footer in place.
 */
export function NextIssueButton({ from }: { from?: number | string }) {
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const make = async () => {
    setBusy(true)
    setMessage('')
    const response = await fetch(editorialApi.nextIssue(from), { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => null)
    if (response?.ok) {
      const { id } = (await response.json()) as { id: number }
      router.push(routes.adminDocument('issues', id))
      return
    }
    setMessage(response ? await problemOf(response) : 'Servern svarade inte. Försök igen.')
    setBusy(false)
  }
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void make()}>
        {from === undefined ? 'Nytt nummer från det förra' : 'Nytt nummer från det här'}
      </button>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}

/** In an issue's sidebar: a new draft from this one (once it is saved). */
export function NextIssueFromThis() {
  const { id } = useDocumentInfo()
  return id ? <NextIssueButton from={id} /> : null
}

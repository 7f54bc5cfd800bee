'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { routes } from '@/lib/routes'

/**
 * The issue's e-mail for the sending tool (the seed was sent with Paloma): preview it, download
 * it as HTML or text, or copy the HTML to paste it in. It is made from the latest saved draft.
 */
export function IssueEmailTools() {
  const { id } = useDocumentInfo()
  const [status, setStatus] = useState('')
  if (!id) return <p className="field-description">Spara numret först, så kan du hämta det som e-post.</p>

  const copyHtml = async () => {
    setStatus('Hämtar …')
    const response = await fetch(routes.issueEmailExport(id, 'html'), { credentials: 'include' })
    if (!response.ok) return setStatus('Kunde inte hämta e-postmeddelandet.')
    await navigator.clipboard.writeText(await response.text())
    setStatus('HTML-koden är kopierad. Klistra in den i utskicksverktyget.')
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">E-post</p>
      <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '0.5rem' }}>
        <li>
          <a href={routes.issueEmailPreview(id)} target="_blank" rel="noreferrer">
            Förhandsgranska e-post
          </a>
        </li>
        <li>
          <a href={routes.issueEmailExport(id, 'html')} download>
            Ladda ner HTML
          </a>
        </li>
        <li>
          <a href={routes.issueEmailExport(id, 'text')} download>
            Ladda ner text
          </a>
        </li>
        <li>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void copyHtml()}>
            Kopiera HTML
          </button>
        </li>
      </ul>
      <p role="status" className="field-description">
        {status}
      </p>
    </div>
  )
}

'use client'

import { PublishButton } from '@payloadcms/ui'
import { useRef, useState, type MouseEvent } from 'react'

import { ProblemList } from './AccessibilityCheck'
import { useAccessibilityProblems } from './useAccessibilityProblems'

/**
 * Payload's publish button, asked once more before it publishes something with accessibility
 * problems: the list again, "Rätta först" or "Publicera ändå".
 */
export function PublishWithCheck() {
  const problems = useAccessibilityProblems()
  const wrapper = useRef<HTMLDivElement>(null)
  const confirmed = useRef(false)
  const [asking, setAsking] = useState(false)

  const onClickCapture = (event: MouseEvent) => {
    const button = (event.target as HTMLElement).closest('button')
    if (button?.id !== 'action-save' || problems.length === 0 || confirmed.current) return
    event.preventDefault()
    event.stopPropagation()
    setAsking(true)
  }

  const publishAnyway = () => {
    confirmed.current = true
    setAsking(false)
    wrapper.current?.querySelector<HTMLButtonElement>('#action-save')?.click()
    confirmed.current = false
  }

  return (
    <div ref={wrapper} onClickCapture={onClickCapture} style={{ display: 'contents' }}>
      <PublishButton />
      {asking ? (
        <div role="alertdialog" aria-modal="true" aria-labelledby="publicera-anda" style={{ position: 'fixed', inset: 0, zIndex: 100, display: 'grid', placeItems: 'center', background: 'rgba(0,0,0,0.45)' }}>
          <div style={{ maxWidth: '40rem', maxHeight: '80vh', overflow: 'auto', padding: '1.5rem', borderRadius: 4, background: 'var(--theme-elevation-0)', color: 'var(--theme-text)' }}>
            <h2 id="publicera-anda" style={{ marginTop: 0 }}>
              Publicera trots tillgänglighetsbrister?
            </h2>
            <ProblemList problems={problems} />
            <div style={{ display: 'flex', gap: '0.75rem', marginTop: '1.25rem' }}>
              <button type="button" className="btn btn--style-primary btn--size-medium" onClick={() => setAsking(false)} autoFocus>
                Rätta först
              </button>
              <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={publishAnyway}>
                Publicera ändå
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  )
}

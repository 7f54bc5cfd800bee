'use client'

import type { AccessibilityProblem } from '@/content/accessibilityCheck'

import { useAccessibilityProblems } from './useAccessibilityProblems'

export function ProblemList({ problems }: { problems: AccessibilityProblem[] }) {
  return (
    <ul style={{ margin: 0, paddingLeft: '1.25rem', display: 'grid', gap: '0.5rem' }}>
      {problems.map((problem, index) => (
        <li key={index}>
          <strong>{problem.where}:</strong> {problem.message}
        </li>
      ))}
    </ul>
  )
}

/**
 * "Tillgänglighet" in the sidebar of an article or an issue: what a reader would stumble on in
 * the text as it stands, kept up to date while the editor writes.
 */
export function AccessibilityCheck() {
  const problems = useAccessibilityProblems()
  return (
    <section className="field-type" aria-labelledby="tillganglighetskontroll" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="tillganglighetskontroll" className="field-label">
        Tillgänglighet
      </h3>
      <div role="status" className="accessibility-check">
        {problems.length === 0 ? (
          <p>Inga brister hittades i texter, länkar och bilder.</p>
        ) : (
          <>
            <p>
              {problems.length === 1 ? 'En sak' : `${problems.length} saker`} kan göra det svårt för en läsare (WCAG 2.1 AA):
            </p>
            <ProblemList problems={problems} />
          </>
        )}
      </div>
    </section>
  )
}

import type { ReactNode } from 'react'

/** The newsletter's framed "TIPS!" box, around the tip's own text. */
export function TipsBox({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <aside className="my-6 rounded border-l-4 border-brand bg-mist p-4" aria-label={heading}>
      <p className="font-bold text-brand">{heading}</p>
      {children}
    </aside>
  )
}

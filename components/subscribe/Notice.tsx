import type { ReactNode } from 'react'

export type NoticeAction = { label: string; action: string; fields?: Record<string, string> }

/**
 * A page of the subscription flows: a heading, a few lines and at most one button, which POSTs
 * (a link in a mail must never change anything by being opened: mail scanners open links).
 */
export function Notice({ heading, children, button }: { heading: string; children: ReactNode; button?: NoticeAction }) {
  return (
    <article className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand">{heading}</h1>
      {children}
      {button ? (
        <form action={button.action} method="post">
          {Object.entries(button.fields ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-paper hover:underline">
            {button.label}
          </button>
        </form>
      ) : null}
    </article>
  )
}

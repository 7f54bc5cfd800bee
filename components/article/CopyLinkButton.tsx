'use client'

import { useState } from 'react'

/** Enhances the visible link field: without JavaScript the reader selects and copies it by hand. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <>
      <button
        type="button"
        className="rounded bg-brand px-3 py-1 text-sm font-semibold text-paper"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true))
        }}
      >
        Kopiera länk
      </button>
      <span role="status" className="text-sm">
        {copied ? 'Länken är kopierad.' : ''}
      </span>
    </>
  )
}

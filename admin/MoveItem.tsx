'use client'

import { useForm, useFormFields } from '@payloadcms/ui'
import { useId, useState } from 'react'

const ROW = /^sections\.(\d+)\.items\.(\d+)\./

/**
 * "Flytta till avdelning" on each item of an issue: the item (its kind and document) leaves its
 * section and goes last in the chosen one, in the form, like Payload's own "move up/down" within
 * a section. Saved with the issue as any change is.
 */
export function MoveItem({ path }: { path: string }) {
  const uid = useId()
  const { getFields, addFieldRow, removeFieldRow } = useForm()
  // The headings as one string, so the component renders again only when they change.
  const headingList = useFormFields(([fields]) => {
    const count = Number(fields.sections?.value ?? 0)
    return Array.from({ length: count }, (_, index) => String(fields[`sections.${index}.heading`]?.value ?? '')).join('\u0000')
  })
  const [target, setTarget] = useState('')
  const [, section, item] = ROW.exec(path) ?? []
  const headings = headingList ? headingList.split('\u0000') : []
  if (section === undefined || item === undefined || headings.length < 2) return null
  const from = Number(section)

  const move = () => {
    const to = Number(target)
    if (!target || to === from) return
    const prefix = `sections.${from}.items.${item}.`
    const fields = getFields()
    const row = Object.fromEntries(Object.entries(fields).filter(([key]) => key.startsWith(prefix)).map(([key, state]) => [key.slice(prefix.length), state]))
    const length = Number(fields[`sections.${to}.items`]?.value ?? 0)
    removeFieldRow({ path: `sections.${from}.items`, rowIndex: Number(item) })
    addFieldRow({ path: `sections.${to}.items`, rowIndex: length, schemaPath: 'sections.items', subFieldState: row })
    setTarget('')
  }

  return (
    <div className="move-item">
      <label htmlFor={`${uid}-till`}>Flytta till avdelning</label>{' '}
      <select id={`${uid}-till`} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Välj avdelning</option>
        {headings.map((heading, index) =>
          index === from ? null : (
            <option key={index} value={index}>
              {heading || `Avdelning ${index + 1}`}
            </option>
          ),
        )}
      </select>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!target} onClick={move}>
        Flytta
      </button>
    </div>
  )
}

'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { subscriberApi } from '@/subscribers/api'

/** The list's confirmed addresses as a CSV file (opens in Excel; the import reads it back). */
export function ListExportLink() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Export</p>
      <a href={subscriberApi.listExport(id)} download>
        Ladda ner listans adresser (CSV)
      </a>
    </div>
  )
}

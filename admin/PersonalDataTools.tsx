'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'

import type { User } from '@/payload-types'
import { subscriberApi } from '@/subscribers/api'

/** For admins: everything kept about this address as a file, and how to remove it all. */
export function PersonalDataTools() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  if (!id || user?.role !== 'admin') return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Personuppgifter</p>
      <p>
        <a href={subscriberApi.personalData(id)} download>
          Exportera allt om adressen (JSON)
        </a>
      </p>
      <p className="field-description">Att radera prenumeranten tar bort adressen, listorna och historiken för gott.</p>
    </div>
  )
}

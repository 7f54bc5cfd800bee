'use client'

import { Link, useAuth } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { auditPages } from '@/audit/api'
import type { User } from '@/payload-types'

/** "Logg" in the admin's menu, after the collections: for admins. */
export function AuditLink() {
  const { user } = useAuth<User>()
  const pathname = usePathname()
  if (user?.role !== 'admin') return null
  const here = pathname.startsWith(auditPages.log())
  return (
    <Link href={auditPages.log()} className="nav__link" aria-current={here ? 'page' : undefined} prefetch={false}>
      <span className="nav__link-label">Logg</span>
    </Link>
  )
}

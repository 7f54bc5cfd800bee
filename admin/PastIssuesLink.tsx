'use client'

import { Link, useAuth } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import type { User } from '@/payload-types'
import { pastIssuePages } from '@/pastIssues/api'

/** "Importera nummer" in the admin's menu, after the collections: for staff. */
export function PastIssuesLink() {
  const { user } = useAuth<User>()
  const pathname = usePathname()
  if (!user) return null
  const here = pathname.startsWith(pastIssuePages.list())
  return (
    <Link href={pastIssuePages.list()} className="nav__link" aria-current={here ? 'page' : undefined} prefetch={false}>
      <span className="nav__link-label">Importera nummer</span>
    </Link>
  )
}

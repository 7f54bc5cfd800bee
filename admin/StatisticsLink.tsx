'use client'

import { Link, useAuth } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import type { User } from '@/payload-types'
import { statisticsPages } from '@/statistics/api'

/** "Statistik" in the admin's menu, after the collections: for staff. */
export function StatisticsLink() {
  const { user } = useAuth<User>()
  const pathname = usePathname()
  if (!user) return null
  const here = pathname.startsWith(statisticsPages.overview())
  return (
    <Link href={statisticsPages.overview()} className="nav__link" aria-current={here ? 'page' : undefined} prefetch={false}>
      <span className="nav__link-label">Statistik</span>
    </Link>
  )
}

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '@/lib/security/staff'

import { OverviewPage } from './OverviewPage'
import { SendPage } from './SendPage'

/**
 * "Statistik" in the admin (payload.config.ts: /admin/statistik and /admin/statistik/utskick/:id):
 * the overview, or one send's figures. Staff only; the figures are counts, never people.
 */
export async function StatisticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const segments = ((await params)?.segments ?? []) as string[]
  // Nobody else sees even the frame: to the login, and back here after it.
  if (!isStaffUser(req.user)) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin/${segments.join('/')}`)}`)
  const sending = segments[1] === 'utskick' && /^[1-9]\d{0,9}$/.test(segments[2] ?? '') ? Number(segments[2]) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={await params}
      payload={req.payload}
      permissions={permissions}
      searchParams={await searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="statistics">
          {sending !== null ? <SendPage payload={req.payload} sending={sending} /> : <OverviewPage payload={req.payload} />}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

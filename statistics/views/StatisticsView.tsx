import type { AdminViewServerProps } from 'payload'

import { AdminFrame, adminPage } from '@/lib/adminFrame'

import { OverviewPage } from './OverviewPage'
import { SendPage } from './SendPage'

/**
 * "Statistik" in the admin (payload.config.ts: /admin/statistik and /admin/statistik/utskick/:id):
 * the overview, or one send's figures. Staff only; the figures are counts, never people.
 */
export async function StatisticsView(view: AdminViewServerProps) {
  const { segments } = await adminPage(view)
  const payload = view.initPageResult.req.payload
  const sending = segments[1] === 'utskick' && /^[1-9]\d{0,9}$/.test(segments[2] ?? '') ? Number(segments[2]) : null
  return (
    <AdminFrame view={view} className="statistics">
      {sending !== null ? <SendPage payload={payload} sending={sending} /> : <OverviewPage payload={payload} />}
    </AdminFrame>
  )
}

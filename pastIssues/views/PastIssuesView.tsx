import type { AdminViewServerProps } from 'payload'

import { AdminFrame, adminPage } from '@/lib/adminFrame'

import { ImportList } from './ImportList'
import { ReviewPage } from './ReviewPage'

/**
 * "Importera nummer" in the admin (payload.config.ts: /admin/importera and /admin/importera/:id):
 * the form and the imports so far, or one import's review. Staff only.
 */
export async function PastIssuesView(view: AdminViewServerProps) {
  const { segments } = await adminPage(view)
  const payload = view.initPageResult.req.payload
  const id = /^[1-9]\d{0,9}$/.test(segments[1] ?? '') ? Number(segments[1]) : null
  return (
    <AdminFrame view={view} className="past-issues">
      {id !== null ? <ReviewPage payload={payload} id={id} /> : <ImportList payload={payload} />}
    </AdminFrame>
  )
}

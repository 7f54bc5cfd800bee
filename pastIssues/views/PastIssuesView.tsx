import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '@/lib/security/staff'

import { ImportList } from './ImportList'
import { ReviewPage } from './ReviewPage'

/**
 * "Importera nummer" in the admin (payload.config.ts: /admin/importera and /admin/importera/:id):
 * the form and the imports so far, or one import's review. Staff only.
 */
export async function PastIssuesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const segments = ((await params)?.segments ?? []) as string[]
  if (!isStaffUser(req.user)) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin/${segments.join('/')}`)}`)
  const id = /^[1-9]\d{0,9}$/.test(segments[1] ?? '') ? Number(segments[1]) : null
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
        <div className="past-issues">{id !== null ? <ReviewPage payload={req.payload} id={id} /> : <ImportList payload={req.payload} />}</div>
      </Gutter>
    </DefaultTemplate>
  )
}

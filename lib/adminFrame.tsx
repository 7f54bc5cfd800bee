import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import type { User } from '@/payload-types'
import { isStaffUser } from '@/lib/security/staff'

/**
 * A room's own page in the admin (statistics, past issues, the log): staff only — anyone else
 * does not see even the frame and goes to the login, and back here after it — and in Payload's
 * frame, with the menu. `staff` and `segments` are what the page is asked for.
 */
export async function adminPage(props: AdminViewServerProps): Promise<{ staff: User; segments: string[] }> {
  const segments = ((await props.params)?.segments ?? []) as string[]
  const user = props.initPageResult.req.user
  if (!isStaffUser(user)) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin/${segments.join('/')}`)}`)
  return { staff: user, segments }
}

export async function AdminFrame({ view, className, children }: { view: AdminViewServerProps; className: string; children: ReactNode }) {
  const { req, permissions, visibleEntities, locale } = view.initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={await view.params}
      payload={req.payload}
      permissions={permissions}
      searchParams={await view.searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className={className}>{children}</div>
      </Gutter>
    </DefaultTemplate>
  )
}

import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { safePreviewPath } from '@/lib/previewPath'

/** Leaves draft mode and shows the published page. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  redirect(safePreviewPath(new URL(request.url).searchParams.get('path')))
}

import { payloadClient } from '@/site/payload'
import { notFoundPage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

const answer = async () => {
  const page = await notFoundPage(await payloadClient())
  return new Response(page.body, { status: 404, headers: { 'Content-Type': page.contentType, 'Cache-Control': 'public, max-age=0, must-revalidate' } })
}

/**
 * Every address nothing else answers: the site's own Swedish 404 page, with a way back. Two root
 * layouts (none for the site now, the admin's) leave Next without a global one.
 */
export const GET = answer

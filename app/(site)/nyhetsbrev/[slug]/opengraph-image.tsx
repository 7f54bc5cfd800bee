import { notFound } from 'next/navigation'

import { formatDate } from '@/lib/dates'
import { shareImage, SHARE_IMAGE_SIZE } from '@/lib/og/shareImage'
import { getIssue, listIssues } from '@/lib/queries/issues'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'

export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

// Rendered at build for every published slug and kept in the route cache; the document's tags
// expire it when it changes.
export async function generateStaticParams() {
  return (await listIssues(PUBLIC_READER)).map(({ slug }) => ({ slug }))
}

export const alt = 'Ett nummer av Nytt från RUS'

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const issue = await getIssue(PUBLIC_READER, (await params).slug)
  if (!issue) notFound()
  const { newsletterName } = await getSettings()
  return shareImage({ kind: 'Nyhetsbrev', title: issue.title, newsletterName, date: formatDate(issue.issueDate) })
}

import { notFound } from 'next/navigation'

import { formatDate } from '@/lib/dates'
import { shareImage, SHARE_IMAGE_SIZE } from '@/lib/og/shareImage'
import { getArticle, listArticleSlugs } from '@/lib/queries/articles'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'

export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

// Rendered at build for every published slug and kept in the route cache; the document's tags
// expire it when it changes.
export async function generateStaticParams() {
  return (await listArticleSlugs(PUBLIC_READER)).map(({ slug }) => ({ slug }))
}

export const alt = 'Artikel ur Nytt från RUS'

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = await getArticle(PUBLIC_READER, (await params).slug)
  if (!article) notFound()
  const issueDate = article.issues.at(-1)?.issueDate
  const { newsletterName } = await getSettings()
  return shareImage({ kind: 'Artikel', title: article.title, newsletterName, date: issueDate ? formatDate(issueDate) : null })
}

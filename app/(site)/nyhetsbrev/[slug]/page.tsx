import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { IssueContent } from '@/components/issue/IssueContent'
import { getIssue, listIssues } from '@/lib/queries/issues'
import { currentReader, PUBLIC_READER } from '@/lib/queries/payload'
import { routes } from '@/lib/routes'
import { pageMetadata, shortDescription } from '@/lib/seo/pageMetadata'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listIssues(PUBLIC_READER)).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = await getIssue(await currentReader(), (await params).slug)
  if (!issue) return { title: 'Sidan finns inte' }
  return pageMetadata({ title: issue.title, description: shortDescription(issue.intro), path: routes.issue(issue.slug), shareImage: true })
}

export default async function IssuePage({ params }: Props) {
  const issue = await getIssue(await currentReader(), (await params).slug)
  if (!issue) notFound()
  return <IssueContent issue={issue} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GroupContent } from '@/components/group/GroupContent'
import { getGroup, listGroups } from '@/lib/queries/groups'
import { currentReader, PUBLIC_READER } from '@/lib/queries/payload'
import { routes } from '@/lib/routes'
import { pageMetadata, shortDescription } from '@/lib/seo/pageMetadata'

// The call to join closes by itself after its deadline day.
export const revalidate = 600 // seconds; a literal, as Next requires

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listGroups(PUBLIC_READER)).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await getGroup(await currentReader(), (await params).slug)
  if (!group) return { title: 'Sidan finns inte' }
  return pageMetadata({ title: group.name, description: shortDescription(group.purpose), path: routes.referenceGroup(group.slug) })
}

export default async function GroupPage({ params }: Props) {
  const group = await getGroup(await currentReader(), (await params).slug)
  if (!group) notFound()
  return <GroupContent group={group} />
}

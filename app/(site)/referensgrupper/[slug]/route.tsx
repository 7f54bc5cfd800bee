import { GroupContent } from '@/components/group/GroupContent'
import { getGroup } from '@/content/reads/groups'
import { isPublishedSlug } from '@/content/reads/slugs'
import { routes } from '@/lib/routes'
import { shortDescription } from '@/content/pageMeta'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

// The call to join closes by itself after its deadline day: remade every ten minutes.
export const GET = sitePage<{ slug: string }>({
  revalidate: 600,
  exists: ({ payload }, { slug }) => isPublishedSlug(payload, 'reference-groups', slug),
  render: async ({ payload, reader }, { slug }) => {
    const group = await getGroup(payload, reader, slug)
    if (!group) return null
    return {
      meta: { title: group.name, description: shortDescription(group.purpose), path: routes.referenceGroup(group.slug) },
      body: <GroupContent group={group} />,
    }
  },
})

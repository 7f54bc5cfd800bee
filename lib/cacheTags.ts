/**
 * The one place where cache tags are named. Public queries tag their cached results with the
 * collections they show; the revalidation hooks expire the same tags when an editor publishes,
 * unpublishes, edits or deletes. A page is stale exactly when something it shows has changed.
 */
export type TaggedCollection = 'issues' | 'articles' | 'events' | 'reference-groups' | 'members' | 'media'

export const cacheTags = {
  collection: (collection: TaggedCollection) => `collection:${collection}`,
  settings: () => 'global:site-settings',
} as const

/** Everything an issue shows: its items, their images, groups and people, and the settings. */
export const ISSUE_CONTENT_TAGS = [
  cacheTags.collection('issues'),
  cacheTags.collection('articles'),
  cacheTags.collection('events'),
  cacheTags.collection('reference-groups'),
  cacheTags.collection('members'),
  cacheTags.collection('media'),
  cacheTags.settings(),
]

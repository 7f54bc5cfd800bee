/**
 * The one place where cache tags are named. Public queries tag their cached results with the
 * collections they show; the revalidation hooks expire the same tags when an editor publishes,
 * unpublishes, edits or deletes. A page is stale exactly when something it shows has changed.
 */
export type TaggedCollection = 'issues' | 'articles' | 'events' | 'reference-groups' | 'members' | 'media' | 'mailing-lists' | 'reusable-texts'

export const cacheTags = {
  collection: (collection: TaggedCollection) => `collection:${collection}`,
  settings: () => 'global:site-settings',
} as const

/** What an article page shows: the article, the issues that carry it, its group, people and image. */
export const ARTICLE_TAGS = [
  cacheTags.collection('articles'),
  cacheTags.collection('issues'),
  cacheTags.collection('reference-groups'),
  cacheTags.collection('members'),
  cacheTags.collection('events'),
  cacheTags.collection('media'),
  cacheTags.collection('reusable-texts'),
]

/** What an event shows: itself and the group it is a meeting of. */
export const EVENT_TAGS = [cacheTags.collection('events'), cacheTags.collection('reference-groups')]

/** What a group shows: itself, its people and its next meeting. */
export const GROUP_TAGS = [cacheTags.collection('reference-groups'), cacheTags.collection('members'), cacheTags.collection('events')]

/** Everything an issue shows: its items, their images, groups and people, and the settings. */
export const ISSUE_CONTENT_TAGS = [
  cacheTags.collection('issues'),
  cacheTags.collection('articles'),
  cacheTags.collection('events'),
  cacheTags.collection('reference-groups'),
  cacheTags.collection('members'),
  cacheTags.collection('media'),
  cacheTags.collection('reusable-texts'),
  cacheTags.settings(),
]

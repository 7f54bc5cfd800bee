/**
 * What the public site and the e-mail render: plain, fully resolved shapes made from Payload's
 * documents by content/toViews.ts. Nothing here holds a draft or a member's contact details.
 */
import type { RichText } from '@/content/richText/build'

export type { RichText }

/** A labelled link; `url` is null when the stored address may not be followed (the label stays, as text). */
export type LinkView = { label: string; url: string | null }

export type ImageSizeView = { src: string; width: number; height: number }

export type ImageView = {
  /** Site path of the original ("/api/media/file/…"); make it absolute for e-mail. */
  src: string
  width: number
  height: number
  alt: string
  credit: string | null
  card: ImageSizeView | null
  wide: ImageSizeView | null
  email: ImageSizeView | null
}

export type MemberView = {
  name: string
  title: string | null
  county: string | null
  organisation: string | null
  isConvener: boolean
}

export type EventRef = { slug: string; title: string; startsAt: string | null; approximateDate: string | null; allDay: boolean }

export type CallToJoinView = {
  text: string
  replyToName: string | null
  contactEmail: string | null
  /** ISO instant (12:00 Stockholm time on the day); the call closes after that day. */
  deadline: string | null
}

export type GroupView = {
  slug: string
  name: string
  purpose: string
  members: MemberView[]
  nextMeeting: EventRef | null
  callToJoin: CallToJoinView | null
  notes: { location: string; url: string | null } | null
  updatedAt: string
}

export type IssueRef = { slug: string; title: string; issueDate: string }

export type ArticleView = {
  kind: 'article'
  slug: string
  title: string
  lead: string
  body: RichText | null
  image: ImageView | null
  readMore: LinkView[]
  group: GroupView | null
  /** The group's member list follows the text: the editor did not place it in the text with a block. */
  memberListAfterBody: boolean
  /** Published issues that carry the article, newest first. */
  issues: IssueRef[]
  updatedAt: string
}

export type OrganiserView = { name: string; role: 'host' | 'organiser' | 'partner' }

export type EventView = {
  kind: 'event'
  /** Stable across slug changes: calendar apps recognise the event by it. */
  id: number
  slug: string
  title: string
  /** The newsletter's heading for it (falls back to the title). */
  heading: string
  summary: string
  description: RichText | null
  startsAt: string | null
  endsAt: string | null
  allDay: boolean
  approximateDate: string | null
  attendance: 'physical' | 'online' | 'hybrid'
  place: string | null
  onlineDetails: string | null
  onlineUrl: string | null
  organisers: OrganiserView[]
  theme: string | null
  registration: { url: string; label: string; deadline: string | null } | null
  group: { slug: string; name: string } | null
  updatedAt: string
}

export type IssueItemView = ArticleView | EventView

export type HighlightView = { text: string; target: { kind: 'article' | 'event'; slug: string } | null }

export type FooterView = { distributionNote: string | null; contactName: string | null; contactEmail: string | null }

export type IssueView = {
  slug: string
  title: string
  issueDate: string
  preheader: string | null
  intro: string
  highlights: HighlightView[]
  sections: { heading: string; items: IssueItemView[] }[]
  /** Reusable texts placed last in the issue, before the footer, in order (as published now). */
  notices: RichText[]
  /** The issue's own footer texts, each falling back to the site settings'. */
  footer: FooterView
  updatedAt: string
}

export type SettingsView = {
  newsletterName: string
  /** "RUS – Regional utveckling och samverkan i miljömålssystemet": the publisher. */
  organisationName: string
  organisationDescription: string
  distributionNote: string | null
  contactName: string | null
  contactEmail: string | null
  /** Absolute or site path; defaults to the site's /personuppgifter page. */
  privacyUrl: string
  unsubscribeUrl: string | null
  unsubscribePlaceholder: string
  /** Absolute origin of the public site, no trailing slash. */
  siteUrl: string
}

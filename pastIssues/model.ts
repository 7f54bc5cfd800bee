/**
 * The shapes of a past issue as the importer reads it. `Block` is what every input (text, HTML,
 * e-mail) becomes first; `Reading` is the structured issue the rules find in the blocks — the
 * stable machine-readable form `npm run import -- --json` prints.
 */

/** A link in a line: its words and, when the input had one, its address. */
export type FoundLink = { label: string; url?: string }

/** One line of a block. `link` is set when the whole line is one link (a "Läs mer …" line). */
export type Line = { text: string; link?: FoundLink; links: FoundLink[] }

/** At least one line. */
export type Lines = [Line, ...Line[]]

export const asLines = (lines: Line[]): Lines | null => (lines.length > 0 ? (lines as Lines) : null)

export type Block =
  /** Consecutive lines: a paragraph has one, a list or a masthead several. */
  | { kind: 'lines'; lines: Lines; heading: boolean; list: boolean }
  /** An empty paragraph the sending tool uses as a gap (`&nbsp;`): in Paloma, between items. */
  | { kind: 'spacer' }
  | { kind: 'image'; alt: string; src?: string }

export type ItemKind = 'article' | 'event' | 'group'

export type ReadItem = {
  kind: ItemKind
  title: string
  lead?: string
  body?: string[]
  links?: FoundLink[]
  credit?: string
  image?: { src: string; alt: string }
  /** A TIPS box's heading and text, kept apart from the body so it becomes the box again. */
  tips?: { heading: string; text: string; links: FoundLink[] }
  /** An event's day as found in the prose, proposed for the editor to confirm. */
  proposedDate?: { start: string; end?: string; time?: string; words: string }
  /** A reference group's people, as the e-mail lists them. */
  members?: { name: string; description?: string; convener: boolean }[]
  callToJoin?: { text: string; replyTo?: string; deadline?: string }
  /** The body as blocks and the lead with its links, for the rich text of the draft (not printed). */
  parts?: Part[]
  leadLine?: Line
}

/** A piece of an item's body, in order. */
export type Part =
  | { kind: 'paragraph'; line: Line }
  | { kind: 'list'; lines: Line[] }
  | { kind: 'memberList'; intro: string }
  | { kind: 'tips'; heading: string; lines: Line[] }

export type ReadSection = { heading: string; items: ReadItem[] }

export type ReadIssue = {
  title: string
  /** ISO: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string
  intro: string
  contents: string[]
  sections: ReadSection[]
  footer?: { distributionNote?: string; contactName?: string }
}

export type Reading = { issue: ReadIssue; flags: string[] }

/** One file's result, as the command prints it. */
export type FileResult = { file: string; ok: boolean; error?: string; issue?: ReadIssue; flags?: string[] }

/** Limits on what is read; each is a clear message past it, never a half-made draft. */
export const LIMITS = {
  /** One file or page: a newsletter is tens of kilobytes; a saved web version with inline images a few megabytes. */
  fileBytes: 5 * 1024 * 1024,
  /** A zip: what it may hold once unpacked, and how many files. */
  zipBytes: 50 * 1024 * 1024,
  zipEntries: 200,
  /** A web version fetched by address. */
  fetchBytes: 5 * 1024 * 1024,
  fetchMs: 20_000,
  fetchRedirects: 5,
  /** An issue's photo, brought into the media library (the library's own limit). */
  imageBytes: 10 * 1024 * 1024,
} as const

/** How a copy of an issue came to be (collection issue-snapshots). */
export const COPY_KINDS = [
  { value: 'sent', label: 'Skickat härifrån' },
  { value: 'marked', label: 'Markerat som skickat' },
  { value: 'correction', label: 'Rättelse' },
  { value: 'imported', label: 'Importerat original' },
] as const

export type CopyKind = (typeof COPY_KINDS)[number]['value']

/** A correction's note is a line, not an article: readers see it at the top of the issue. */
export const MAX_CORRECTION_NOTE = 300

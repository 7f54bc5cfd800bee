import type { ReadIssue, Reading } from './model'

/** The reading as the command prints it: the stable form, without what only the drafts use. */
export function printable(reading: Reading): { issue: ReadIssue; flags: string[] } {
  const issue: ReadIssue = {
    ...reading.issue,
    sections: reading.issue.sections.map((section) => ({
      heading: section.heading,
      items: section.items.map(({ parts: _parts, leadLine: _leadLine, ...item }) => item),
    })),
  }
  return { issue, flags: reading.flags }
}

import { slugify } from '@/lib/slugify'

import type { ReadIssue } from './model'

/** One issue, however it was given (text, web version, e-mail): its title and date, folded. */
export const fingerprintOf = (issue: Pick<ReadIssue, 'title' | 'date'>): string => `${slugify(issue.title)}|${issue.date}`

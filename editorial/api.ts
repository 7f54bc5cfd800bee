/** The editor's week's endpoints, as the admin calls them and Payload registers them. Pure. */

export const EDITORIAL_ENDPOINTS = {
  /** Under /api/issues: a new draft from the latest issue (staff). */
  nextIssue: '/nytt-nummer',
  /** Under /api/issues: a new draft from this issue (staff). */
  nextIssueFrom: '/:id/nytt-nummer',
  /** Under /api/issues: the checklist before sending, run now (staff). */
  checklist: '/:id/fore-utskick',
} as const

export const editorialApi = {
  checklist: (issue: number | string) => `/api/issues${EDITORIAL_ENDPOINTS.checklist.replace(':id', encodeURIComponent(String(issue)))}`,
  nextIssue: (from?: number | string) =>
    from === undefined ? `/api/issues${EDITORIAL_ENDPOINTS.nextIssue}` : `/api/issues${EDITORIAL_ENDPOINTS.nextIssueFrom.replace(':id', encodeURIComponent(String(from)))}`,
}

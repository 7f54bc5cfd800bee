/** The editor's week's endpoints, as the admin calls them and Payload registers them. Pure. */

export const EDITORIAL_ENDPOINTS = {
  /** Under /api/issues: a new draft from the latest issue (staff). */
  nextIssue: '/nytt-nummer',
  /** Under /api/issues: a new draft from this issue (staff). */
  nextIssueFrom: '/:id/nytt-nummer',
} as const

export const editorialApi = {
  nextIssue: (from?: number | string) =>
    from === undefined ? `/api/issues${EDITORIAL_ENDPOINTS.nextIssue}` : `/api/issues${EDITORIAL_ENDPOINTS.nextIssueFrom.replace(':id', encodeURIComponent(String(from)))}`,
}

/** The importer's endpoints and admin pages, as the admin links to them and Payload registers them. Pure. */

export const PAST_ISSUE_ENDPOINTS = {
  /** Under /api/issue-imports: read originals (multipart files, or JSON { url }) into drafts (staff). */
  readIn: '/las-in',
  /** Under /api/issue-imports: publish an import's issue as sent on its own date (staff). */
  approve: '/:id/godkann',
} as const

export const pastIssueApi = {
  readIn: () => `/api/issue-imports${PAST_ISSUE_ENDPOINTS.readIn}`,
  approve: (id: number | string) => `/api/issue-imports${PAST_ISSUE_ENDPOINTS.approve.replace(':id', encodeURIComponent(String(id)))}`,
}

/** The admin's own pages (admin.components.views in payload.config.ts). */
export const PAST_ISSUE_VIEWS = { list: '/importera', review: '/importera/:id' } as const

export const pastIssuePages = {
  list: () => `/admin${PAST_ISSUE_VIEWS.list}`,
  review: (id: number | string) => `/admin${PAST_ISSUE_VIEWS.review.replace(':id', encodeURIComponent(String(id)))}`,
}

export const IMPORT_STATUSES = [
  { value: 'draft', label: 'Utkast att granska' },
  { value: 'published', label: 'Publicerat som skickat' },
] as const

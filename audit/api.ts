/** The log's endpoint and admin page, as the admin links to them and Payload registers them. Pure. */

export const AUDIT_ENDPOINTS = {
  /** Under /api/users: the filtered log as CSV (admins). */
  csv: '/logg',
} as const

/** The filter as a query string (the view's form and the CSV link share it). */
export const auditQuery = (filter: { actor?: string; kind?: string; from?: string; to?: string; page?: number }): string => {
  const params = new URLSearchParams()
  if (filter.actor) params.set('person', filter.actor)
  if (filter.kind) params.set('typ', filter.kind)
  if (filter.from) params.set('fran', filter.from)
  if (filter.to) params.set('till', filter.to)
  if (filter.page && filter.page > 1) params.set('sida', String(filter.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

export const auditApi = { csv: (query = '') => `/api/users${AUDIT_ENDPOINTS.csv}${query}` }

export const AUDIT_VIEWS = { log: '/logg' } as const

export const auditPages = { log: (query = '') => `/admin${AUDIT_VIEWS.log}${query}` }

/** The statistics' endpoints and admin pages, as the admin links to them and as Payload registers them. Pure. */

export const STATISTICS_ENDPOINTS = {
  /** Under /api/sendings: one send's figures as CSV (staff). */
  sendCsv: '/:id/statistik',
  /** Under /api/sendings: the overview's figures as CSV (staff). */
  overviewCsv: '/statistik',
} as const

export const statisticsApi = {
  sendCsv: (sending: number | string) => `/api/sendings${STATISTICS_ENDPOINTS.sendCsv.replace(':id', encodeURIComponent(String(sending)))}`,
  overviewCsv: () => `/api/sendings${STATISTICS_ENDPOINTS.overviewCsv}`,
}

/** The admin's own pages (admin.components.views in payload.config.ts). */
export const STATISTICS_VIEWS = { overview: '/statistik', send: '/statistik/utskick/:id' } as const

export const statisticsPages = {
  overview: () => `/admin${STATISTICS_VIEWS.overview}`,
  send: (sending: number | string) => `/admin${STATISTICS_VIEWS.send.replace(':id', encodeURIComponent(String(sending)))}`,
}

/** The subscribers' own endpoints, as the admin links to them and as Payload registers them. Pure. */

export const SUBSCRIBER_ENDPOINTS = {
  /** Under /api/mailing-lists: a list's confirmed addresses as CSV (staff). */
  listExport: '/:id/export',
  /** Under /api/subscribers: everything kept about an address, as JSON (admins). */
  personalData: '/:id/personuppgifter',
  /** Under /api/subscribers: a bounced address back on its lists, with a note (staff). */
  liftSuppression: '/:id/hav-sparr',
} as const

const at = (collection: string, path: string, id: number | string) => `/api/${collection}${path.replace(':id', encodeURIComponent(String(id)))}`

export const subscriberApi = {
  listExport: (list: number | string) => at('mailing-lists', SUBSCRIBER_ENDPOINTS.listExport, list),
  personalData: (subscriber: number | string) => at('subscribers', SUBSCRIBER_ENDPOINTS.personalData, subscriber),
  liftSuppression: (subscriber: number | string) => at('subscribers', SUBSCRIBER_ENDPOINTS.liftSuppression, subscriber),
  /** Payload's own REST read of every list, for choosing the lists of a send. */
  lists: () => '/api/mailing-lists?limit=200&depth=0&sort=name',
  /** Payload's own REST read of an import, which the admin polls while it runs. */
  importProgress: (id: number | string) => `/api/subscriber-imports/${encodeURIComponent(String(id))}?depth=0`,
}

/**
 * The endpoints of an issue's record of what was sent, as the admin calls them and as they
 * answer (collections/Issues/sentCopyEndpoints.ts, admin/SendingPanel.tsx). Pure.
 */
import type { CopyKind } from './model'

/** The endpoints' paths under /api/issues, as Payload registers them. */
export const COPY_ENDPOINTS = {
  markSent: '/:id/markera-skickat',
  correct: '/:id/rattelse',
  copies: '/:id/versioner',
} as const

const at = (path: string, issue: number | string) => `/api/issues${path.replace(':id', encodeURIComponent(String(issue)))}`

/** The same endpoints as the admin asks for them. */
export const copyApi = {
  markSent: (issue: number | string) => at(COPY_ENDPOINTS.markSent, issue),
  correct: (issue: number | string) => at(COPY_ENDPOINTS.correct, issue),
  copies: (issue: number | string) => at(COPY_ENDPOINTS.copies, issue),
}

/** POST markSent: the day it went out through another tool, and to whom (free text). */
export type MarkSentRequest = { sentAt: string; sentTo?: string }
/** POST correct: what was corrected, as readers will read it. */
export type CorrectionRequest = { note: string }
/** What either makes: the new copy's number and address. */
export type NewCopyAnswer = { version: number; url: string }

/** One copy as staff see it in the record (readers never see who sent it or to which lists). */
export type CopyRow = {
  version: number
  kind: CopyKind
  /** When it went out (a copy of a send not yet out has none), or when the correction was made. */
  sentAt: string | null
  public: boolean
  sentTo: string | null
  note: string | null
  createdBy: string | null
  url: string
}
export type CopyList = { copies: CopyRow[] }

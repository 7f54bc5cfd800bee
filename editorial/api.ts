/** The editor's week's endpoints, as the admin calls them and Payload registers them. Pure. */
import type { ApprovalStatus } from './model'

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

/** The second pair of eyes: its endpoints under /api/issues. */
export const APPROVAL_ENDPOINTS = {
  /** GET: the issue's requests and whether the one asking may decide (staff). */
  state: '/:id/godkannande',
  /** POST { note }: ask the publishers to approve (staff). */
  request: '/:id/begar-godkannande',
  /** POST { note }: approve the open request (publishers and admins). */
  approve: '/:id/godkann-utskick',
  /** POST { note }: send the open request back with what to change (publishers and admins). */
  giveBack: '/:id/skicka-tillbaka',
} as const

const onIssue = (path: string, issue: number | string) => `/api/issues${path.replace(':id', encodeURIComponent(String(issue)))}`

export const approvalApi = {
  state: (issue: number | string) => onIssue(APPROVAL_ENDPOINTS.state, issue),
  request: (issue: number | string) => onIssue(APPROVAL_ENDPOINTS.request, issue),
  approve: (issue: number | string) => onIssue(APPROVAL_ENDPOINTS.approve, issue),
  giveBack: (issue: number | string) => onIssue(APPROVAL_ENDPOINTS.giveBack, issue),
}

/** One request as the admin shows it. */
export type ApprovalRow = {
  id: number
  status: ApprovalStatus
  note: string | null
  requestedBy: string
  requestedAt: string
  decidedBy: string | null
  decidedAt: string | null
  decisionNote: string | null
  /** The issue was changed after the request was made (or after it was approved). */
  changedSince: boolean
}

/** GET state: the newest request first, and whether the one asking may approve and send. */
export type ApprovalState = { requests: ApprovalRow[]; mayDecide: boolean }

import type { TaskConfig } from 'payload'

import { sendApprovalMail, type ApprovalMailInput } from '@/editorial/approval/notify'

/** A step of an approval told to the people concerned (queue `editor`), retried for about an hour (editorial/approval/notify.ts). */
export const approvalMailTask: TaskConfig<{ input: ApprovalMailInput; output: object }> = {
  slug: 'approvalMail',
  label: 'E-post om ett godkännande',
  inputSchema: [
    { name: 'approval', type: 'number', required: true },
    { name: 'event', type: 'select', options: ['requested', 'approved', 'returned'], required: true },
  ],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    await sendApprovalMail(req, input)
    return { output: {} }
  },
}

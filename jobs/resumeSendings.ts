import type { TaskConfig } from 'payload'

import { finishedSendings, sendingsToResume } from '@/sending/deliveries'

/**
 * Every minute: takes up sends that have something due and nobody working on them — addresses
 * to try again, a mail server that is back, a runner that died mid-send — and marks done the ones
 * a stopped runner left finished. So a crash, a restart or an hour without a mail server loses
 * nothing: the rows wait in PostgreSQL until a runner gets to them.
 */
export const resumeSendingsTask: TaskConfig<{ input: object; output: { resumed: number; finished: number } }> = {
  slug: 'resumeSendings',
  label: 'Återuppta utskick',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'resumed', type: 'number' },
    { name: 'finished', type: 'number' },
  ],
  handler: async ({ req }) => {
    const resume = await sendingsToResume(req.payload)
    for (const sending of resume) await req.payload.jobs.queue({ task: 'runSending', input: { sending }, req })
    const finished = await finishedSendings(req.payload)
    for (const id of finished) {
      await req.payload.update({ collection: 'sendings', id, data: { status: 'done', finishedAt: new Date().toISOString() }, overrideAccess: true, req })
    }
    return { output: { resumed: resume.length, finished: finished.length } }
  },
}

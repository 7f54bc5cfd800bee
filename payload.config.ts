import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from '@/collections/Articles'
import { Events } from '@/collections/Events'
import { Issues } from '@/collections/Issues'
import { MailingLists } from '@/collections/MailingLists'
import { Media } from '@/collections/Media'
import { mediaStorage } from '@/collections/Media/storage'
import { Members } from '@/collections/Members'
import { ReferenceGroups } from '@/collections/ReferenceGroups'
import { Deliveries } from '@/collections/Deliveries'
import { Returns } from '@/collections/Returns'
import { Approvals } from '@/collections/Approvals'
import { ReusableTexts } from '@/collections/ReusableTexts'
import { IssueImports } from '@/collections/IssueImports'
import { IssueSnapshots } from '@/collections/IssueSnapshots'
import { Sendings } from '@/collections/Sendings'
import { SubscriberImports } from '@/collections/SubscriberImports'
import { Subscribers } from '@/collections/Subscribers'
import { Users } from '@/collections/Users'
import { publicGraphqlRules, withApiRules } from '@/collections/apiRules'
import { editorFeatures } from '@/fields/richText'
import { SiteSettings } from '@/globals/SiteSettings'
import { installAfterCommit } from '@/lib/cache/afterCommit'
import { answerKnownApiErrors } from '@/lib/database/afterError'
import { logDroppedConnections } from '@/lib/database/droppedConnections'
import { STOCKHOLM } from '@/lib/dates'
import { env } from '@/lib/env'
import { everyMs, QUEUE_PACE, QUEUES } from '@/lib/jobs/queues'
import { appRunnerLock } from '@/lib/jobs/runnerLock'
import { payloadEmail } from '@/lib/mail/payloadEmail'
import { tasks } from '@/jobs'
import { migrations } from '@/migrations'
import { STATISTICS_VIEWS } from '@/statistics/api'
import { PAST_ISSUE_VIEWS } from '@/pastIssues/api'
import { AUDIT_VIEWS } from '@/audit/api'
import { MAX_IMPORT_REQUEST_BYTES } from '@/subscribers/model'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's check that every @payloadcms package has its own version (run outside production)
// would stop the app on @payloadcms/storage-s3, whose newest release is 3.90.1. The npm
// overrides keep one copy of payload and @payloadcms/ui; collections/Media/storagePackages.test.ts
// holds the rest of that check, with this one exception written out.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Nytt från RUS' },
    // Payload's default asks gravatar.com for each editor's picture: an outside request that
    // carries a hash of their e-mail address. Initials need nothing from outside.
    avatar: 'default',
    timezones: { supportedTimezones: [{ label: 'Stockholm', value: STOCKHOLM }], defaultTimezone: STOCKHOLM },
    // Without SMTP_URL, editors are told that mail lands in the outbox folder, not in inboxes.
    components: {
      beforeDashboard: ['@/admin/OutboxNotice#OutboxNotice'],
      afterNavLinks: ['@/admin/StatisticsLink#StatisticsLink', '@/admin/PastIssuesLink#PastIssuesLink', '@/admin/AuditLink#AuditLink'],
      // Statistik: the overview and each send's figures (statistics/), counts without personal data.
      views: {
        statistics: { Component: '@/statistics/views/StatisticsView#StatisticsView', path: STATISTICS_VIEWS.overview, exact: true },
        sendStatistics: { Component: '@/statistics/views/StatisticsView#StatisticsView', path: STATISTICS_VIEWS.send },
        // Importera nummer: past issues read into drafts and reviewed beside their originals (pastIssues/).
        pastIssues: { Component: '@/pastIssues/views/PastIssuesView#PastIssuesView', path: PAST_ISSUE_VIEWS.list, exact: true },
        pastIssueReview: { Component: '@/pastIssues/views/PastIssuesView#PastIssuesView', path: PAST_ISSUE_VIEWS.review },
        // Logg: who did what (audit/), for admins.
        audit: { Component: '@/audit/views/AuditView#AuditView', path: AUDIT_VIEWS.log, exact: true },
      },
    },
  },
  collections: [Issues, Articles, Events, ReferenceGroups, Members, ReusableTexts, Media, MailingLists, Subscribers, SubscriberImports, Sendings, Deliveries, Returns, IssueSnapshots, IssueImports, Approvals, Users].map(withApiRules),
  globals: [SiteSettings],
  // The default editor (no field uses it) in Swedish too: its words would otherwise win (fields/richText.ts).
  editor: lexicalEditor({ features: ({ defaultFeatures }) => editorFeatures(defaultFeatures) }),
  secret: env.payloadSecret,
  db: postgresAdapter({
    // Payload holds one connection open; anything less than two would starve its queries.
    pool: { connectionString: env.databaseUrl, max: 10, connectionTimeoutMillis: 5000 },
    migrationDir: path.join(dirname, 'migrations'),
    // The schema changes only through committed migrations, never by push.
    push: false,
    // A server started without scripts/start.ts (a plain `next start`) still migrates first;
    // several instances leave it to one `npm run migrate` per deploy (MIGRATE_ON_START=false).
    prodMigrations: env.migrateOnStart ? migrations : undefined,
  }),
  i18n: {
    supportedLanguages: { sv, en },
    fallbackLanguage: 'sv',
  },
  jobs: {
    // The queue runs on the server's schedule; GET /api/payload-jobs/run would let any signed-in
    // browser be made to run it by a link on another site.
    access: { run: () => false },
    tasks,
    // Sends, imports, subscription mail and scheduled publishing run as jobs, in three queues by how
    // soon their work must be done (lib/jobs/queues.ts), each looked at on its own: the web server
    // runs them unless JOBS_IN_SERVER=false says `npm run jobs` does (several servers). Scripts and
    // tests load the same config but must not start a scheduler.
    autoRun: Object.values(QUEUES).map((queue) => ({ cron: everyMs(QUEUE_PACE[queue].everyMs), queue, limit: QUEUE_PACE[queue].limit })),
    // Of several servers (or a server and `npm run jobs`), only the holder of the runner lock runs
    // jobs: Payload's own take of a due job is not safe against a second runner.
    shouldAutoRun: async () =>
      env.jobsInServer && process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build' && (await appRunnerLock().holds()),
  },
  hooks: { afterError: [answerKnownApiErrors] },
  // Payload's own mail (a forgotten password) goes the way all mail goes: SMTP_URL or the outbox.
  email: payloadEmail,
  // The admin's cookie counts only on requests from the site itself (Origin, else Sec-Fetch-Site):
  // a form or script on another site cannot act as a signed-in editor.
  csrf: [env.siteUrl],
  cors: [env.siteUrl],
  onInit: (payload) => {
    logDroppedConnections(payload)
    // Cache expiries are recorded once a change has committed (lib/cache/expiryLog.ts).
    installAfterCommit(payload)
  },
  plugins: [mediaStorage],
  upload: {
    // A form field as large as an import's file (the admin sends the document as one field).
    limits: { fileSize: 10 * 1024 * 1024, fieldSize: MAX_IMPORT_REQUEST_BYTES },
    responseOnLimit: 'Bilden är för stor. Största tillåtna storlek är 10 MB.',
  },
  graphQL: { disablePlaygroundInProduction: true, validationRules: publicGraphqlRules },
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  telemetry: false,
  // Refused requests are expected traffic, not server faults: keep them out of the error log.
  loggingLevels: { AuthenticationError: 'info', Forbidden: 'info', LockedAuth: 'info', NotFound: 'info', ValidationError: 'info' },
  sharp,
})

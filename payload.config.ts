import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from '@/collections/Users'
import { env } from '@/lib/env'
import { migrations } from '@/migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Nytt från RUS' },
  },
  collections: [Users],
  editor: lexicalEditor(),
  secret: env.payloadSecret,
  db: postgresAdapter({
    // Payload holds one connection open; anything less than two would starve its queries.
    pool: { connectionString: env.databaseUrl, max: 10, connectionTimeoutMillis: 5000 },
    migrationDir: path.join(dirname, 'migrations'),
    // The schema changes only through committed migrations, never by push.
    push: false,
    // A server started without scripts/start.ts (a plain `next start`) still migrates first.
    prodMigrations: migrations,
  }),
  i18n: {
    supportedLanguages: { sv, en },
    fallbackLanguage: 'sv',
  },
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  telemetry: false,
  // Refused requests are expected traffic, not server faults: keep them out of the error log.
  loggingLevels: { AuthenticationError: 'info', Forbidden: 'info', LockedAuth: 'info', NotFound: 'info', ValidationError: 'info' },
  sharp,
})

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The e2e build gets a folder of its own so it never replaces the one `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm start` and the e2e server build without Next's own type check (20 s of the first start):
  // `npm test` type-checks first, and `npm run build` for a deployment still does.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  // Readers' pages and reads are kept by the app's own cache (lib/cache/), expired durably from any
  // process; nothing of theirs is in Next's data or route cache, whose memory copy is left off.
  cacheMaxMemorySize: 0,
  // Loaded from node_modules as they are, not bundled: one copy in the server whichever bundle asks
  // (also with Turbopack, which copies bundled modules into every route: a server that had loaded
  // them all held over 1 GB). The packages Payload itself leaves unbundled in development, and the
  // clients of Redis, S3 and SMTP. The build is webpack's (NEXT_BUILD_ARGS in scripts/lib/paths.ts).
  serverExternalPackages: ['payload', '@payloadcms/db-postgres', '@payloadcms/drizzle', 'drizzle-orm', '@payloadcms/graphql', 'graphql', 'graphql-query-complexity', 'nodemailer', 'mailparser', 'imapflow', '@zone-eu/mailsplit', '@aws-sdk/client-s3', '@aws-sdk/lib-storage', 'redis', 'lexical'],
  experimental: {
    // Each route's code is read when it is first asked for, not all at start: a reader's server
    // never holds the admin's or the share images' code unless someone uses them.
    preloadEntriesOnStart: false,
    // Minifying the server bundle renames Payload's error classes ("Forbidden" becomes "a3"), and
    // Payload picks the log level of an error by that name (loggingLevels in payload.config.ts).
    serverMinification: false,
    // The proxy reads each request body; past this size it passes on a cut body. Uploads may be
    // 10 MB (collections/Media), and a bigger one must reach Payload whole to be refused properly.
    proxyClientMaxBodySize: 12 * 1024 * 1024,
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every browser, on every path, for its colour scheme (Accept-CH, Critical-CH), which
 * makes Chromium send a reader's first request twice. Only the admin has a dark theme to pick.
 */
const payloadHeaders = config.headers
config.headers = async () =>
  (await payloadHeaders?.()) ?.flatMap((rule) => (rule.source === '/:path*' ? [{ ...rule, source: '/admin' }, { ...rule, source: '/admin/:path*' }] : [rule])) ?? []

export default config

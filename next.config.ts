import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

const nextConfig: NextConfig = {
  // The e2e build gets a folder of its own so it never replaces the one `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm start` and the e2e server build without Next's own type check (20 s of the first start):
  // `npm test` type-checks first, and `npm run build` for a deployment still does.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  // Several instances share one cache on Redis (lib/cache/redisCacheHandler.mjs), with nothing
  // kept in each process's memory, so a publish on one is seen by all; without REDIS_URL, Next's
  // own cache in this process and its folder, as on one server.
  ...(process.env.REDIS_URL ? { cacheHandler: path.resolve(process.cwd(), 'lib/cache/redisCacheHandler.mjs'), cacheMaxMemorySize: 0 } : {}),
  experimental: {
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

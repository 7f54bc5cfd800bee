/**
 * Runs once when a Next.js server starts (server.ts, `next start`, `next dev`): the process begins
 * to watch the record of cache expiries (lib/cache/expiryWatch.ts), without which it keeps no page
 * and no read, and applies requests kept while the database was away. Not during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ startExpiryWatch }, { env }] = await Promise.all([import('./lib/cache/expiryWatch'), import('./lib/env')])
  void startExpiryWatch(env.databaseUrl)
  // What a stopped server kept while the database was away (a one-click unsubscribe) is applied now.
  const { applyKeptRequestsSoon } = await import('./site/keptRequests')
  applyKeptRequestsSoon()
}

/**
 * Several instances (README "Running on several servers"): two more production servers on the
 * bench's build and database, sharing Next's cache on Debian's redis-server, with the shipped nginx
 * config in front of one of them and then of both. Measures a cached page's throughput through
 * nginx with one and with two instances, each instance asked directly (every read a round trip to
 * Redis), and how long a publish on one instance takes to show on the other.
 *
 * All servers share the server core, as in the rest of the bench: on this machine a second
 * instance cannot add CPU, so the figure that matters is that nothing is lost; the gain is for
 * servers with cores of their own.
 */
import { findFreePort } from '@/scripts/lib/ports'
import { startTestRedis } from '@/testing/redisServer'
import { startShippedNginx } from '@/testing/shippedNginx'

import { startInstance, type AppServer } from './appServer'
import { pinnedNginx } from './childProcesses'
import { onCleanup } from './cleanup'
import { assertSameBytes, LOAD_SETTINGS, runChild, specFor, type Measured } from './load'
import type { Snapshot } from './nginx'
import { measurePublishLatency, type PublishLatency } from './publishLatency'

const PUBLISH_ROUNDS = 50

export type InstancePage = { path: string; direct: Measured; one: Measured; two: Measured; ratio: number }
export type InstancesResult = { pages: InstancePage[]; publish: PublishLatency }

export async function measureInstances(app: AppServer, snapshots: Snapshot[], article: { slug: string; path: string }): Promise<InstancesResult> {
  const redis = await startTestRedis()
  onCleanup('the bench Redis', redis.dispose)
  const shared = { REDIS_URL: redis.url }
  const a = await startInstance(app, 'instance A', shared)
  const b = await startInstance(app, 'instance B', shared)
  const one = await startShippedNginx(a.port, await findFreePort(), pinnedNginx())
  onCleanup('nginx in front of one instance', async () => one.stop(), one.stop)
  const two = await startShippedNginx([a.port, b.port], await findFreePort(), pinnedNginx())
  onCleanup('nginx in front of two instances', async () => two.stop(), two.stop)

  for (const origin of [a.origin, b.origin]) {
    for (const snapshot of snapshots) await runChild('loadChild.ts', specFor(origin, snapshot, { durationS: LOAD_SETTINGS.appWarmupS, warmupS: 0 }))
  }
  const pages: InstancePage[] = []
  for (const snapshot of snapshots) {
    const direct = await runChild('loadChild.ts', specFor(a.origin, snapshot))
    await assertSameBytes(a.origin, snapshot)
    const oneResult = await runChild('loadChild.ts', specFor(one.origin, snapshot))
    await assertSameBytes(one.origin, snapshot)
    const twoResult = await runChild('loadChild.ts', specFor(two.origin, snapshot))
    await assertSameBytes(two.origin, snapshot)
    pages.push({ path: snapshot.path, direct, one: oneResult, two: twoResult, ratio: twoResult.rps / oneResult.rps })
  }
  // Last: it changes the article (and puts it back).
  const publish = await measurePublishLatency(a.origin, app.editor, article.slug, article.path, { readFrom: b.origin, rounds: PUBLISH_ROUNDS })
  return { pages, publish }
}

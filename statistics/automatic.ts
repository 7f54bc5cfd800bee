/**
 * Is a click probably a machine's — a mail server's link scanner, a client's prefetch — rather than
 * a reader's? A HEAD (nobody reads a HEAD), a user agent that says it is a robot (isbot's list, and
 * the scanners of the large mail filters, which often call themselves nothing of the kind), or one
 * client following BURST_LINKS different links of one send within BURST_MS. Those clients are held
 * in memory for the seconds of the window only, and never written anywhere.
 */
import { isbot } from 'isbot'

import { BURST_LINKS, BURST_MS } from './model'

const SCANNERS = /safelinks|proofpoint|mimecast|barracuda|symantec|messagelabs|trendmicro|forcepoint|ironport|fortiguard|sophos|googleimageproxy|yahoomailproxy|bingpreview|skypeuripreview|slackbot|linkcheck/i

export const isAutomaticAgent = (method: string, userAgent: string | null): boolean =>
  method === 'HEAD' || !userAgent || isbot(userAgent) || SCANNERS.test(userAgent)

type Recent = { since: number; links: string[] }

/** At most this many clients are remembered at once: a flood of clients cannot grow the server. */
const MAX_CLIENTS = 20_000

/**
 * The burst rule, for one process. `seen` returns the links of this client's burst that were
 * counted as a reader's before the burst showed itself (to be counted again as automatic), or null
 * when this click is not part of a burst.
 */
export function burstWatch(now: () => number = Date.now) {
  const recent = new Map<string, Recent>()
  const prune = (at: number) => {
    for (const [client, entry] of recent) {
      if (at - entry.since <= BURST_MS && recent.size <= MAX_CLIENTS) break
      recent.delete(client)
    }
  }
  return {
    seen(client: string, sendLink: string): { burst: boolean; earlier: string[] } {
      const at = now()
      prune(at)
      const entry = recent.get(client)
      if (!entry || at - entry.since > BURST_MS) {
        recent.delete(client)
        recent.set(client, { since: at, links: [sendLink] })
        return { burst: false, earlier: [] }
      }
      const wasBurst = new Set(entry.links).size >= BURST_LINKS
      entry.links.push(sendLink)
      const distinct = new Set(entry.links)
      if (distinct.size < BURST_LINKS) return { burst: false, earlier: [] }
      // The click that makes it a burst: those before it were counted as a reader's.
      return { burst: true, earlier: wasBurst ? [] : entry.links.slice(0, -1) }
    },
    size: () => recent.size,
  }
}

/**
 * How many API requests (REST and GraphQL) this process works on at once, in two lanes: one for
 * requests that carry credentials (a session cookie or an Authorization header, which Payload then
 * checks), one for the rest. A request beyond its lane's places waits in a short queue; beyond the
 * queue, or after waiting too long, it is answered 503 with Retry-After. So no number of heavy API
 * calls can take every database connection or the whole event loop from readers' pages, and the
 * staff's admin is not held up by strangers.
 */
import { apiRefusal } from './responses'

type LaneSize = { running: number; queued: number; waitMs: number }

export const API_LANES: Record<'public' | 'signedIn', LaneSize> = {
  public: { running: 4, queued: 32, waitMs: 10_000 },
  signedIn: { running: 8, queued: 64, waitMs: 30_000 },
}

const RETRY_AFTER_SECONDS = 2

export class Lane {
  private running = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly size: LaneSize) {}

  /** A place in the lane: at once, after a wait in the queue, or none (false). */
  enter(): Promise<boolean> {
    if (this.running < this.size.running) {
      this.running += 1
      return Promise.resolve(true)
    }
    if (this.waiting.length >= this.size.queued) return Promise.resolve(false)
    return new Promise((resolve) => {
      const turn = () => {
        clearTimeout(timer)
        this.running += 1
        resolve(true)
      }
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(turn), 1)
        resolve(false)
      }, this.size.waitMs)
      this.waiting.push(turn)
    })
  }

  /** Gives the place to the first in the queue. */
  leave(): void {
    this.running -= 1
    this.waiting.shift()?.()
  }
}

/** One pair of lanes per process, whichever server bundle loads this module. */
function lanes(): Record<keyof typeof API_LANES, Lane> {
  const key = Symbol.for('nytt-fran-rus.apiLanes')
  const holder = globalThis as { [key: symbol]: Record<keyof typeof API_LANES, Lane> | undefined }
  holder[key] ??= { public: new Lane(API_LANES.public), signedIn: new Lane(API_LANES.signedIn) }
  return holder[key]
}

const carriesCredentials = (request: Request): boolean =>
  request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** Runs the API handler in its lane, or answers 503 when the lane is full. */
export async function inApiLane(request: Request, handler: () => Promise<Response>): Promise<Response> {
  const lane = lanes()[carriesCredentials(request) ? 'signedIn' : 'public']
  if (!(await lane.enter())) {
    const busy = apiRefusal(503, 'Tjänsten har många frågor just nu. Försök igen om en stund.')
    busy.headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
    return busy
  }
  try {
    return await handler()
  } finally {
    lane.leave()
  }
}

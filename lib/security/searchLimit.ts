/**
 * Searches per client: far above what a person types and pages through, low enough that one
 * client in a loop cannot take the database from everybody else (429 with Retry-After).
 */
import { namedThrottle, type AttemptThrottle } from './attemptThrottle'

export const SEARCH_LIMIT = { limit: 60, windowMs: 60_000 }

export const searchThrottle = (): AttemptThrottle => namedThrottle('search', SEARCH_LIMIT)

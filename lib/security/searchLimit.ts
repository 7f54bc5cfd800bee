/**
 * Searches per client: far above what a person types and pages through, low enough that one
 * client in a loop cannot take the database from everybody else (429 with Retry-After).
 */
import { sharedThrottle, type SharedThrottle } from './sharedThrottle'

export const SEARCH_LIMIT = { limit: 60, windowMs: 60_000 }

export const searchThrottle = (): SharedThrottle => sharedThrottle('search', SEARCH_LIMIT)

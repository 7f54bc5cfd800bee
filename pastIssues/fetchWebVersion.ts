import { FetchRefused, safeFetch, type FetchRules } from '@/lib/http/safeFetch'

import { LIMITS } from './model'
import type { Source } from './readSource'

export { FetchRefused, isPublicAddress, type FetchRules } from '@/lib/http/safeFetch'

/** A web version by its address, under the safe-fetch rules (lib/http/safeFetch.ts): 5 MB and 20 s at most. */
export async function fetchWebVersion(address: string, rules: FetchRules = {}): Promise<Source> {
  const fetched = await safeFetch(address, { accept: /^text\/(?:html|plain)\b/i, acceptLabel: 'en webbsida (text/html)', maxBytes: LIMITS.fetchBytes, timeoutMs: LIMITS.fetchMs, maxRedirects: LIMITS.fetchRedirects, rules })
  if (fetched.status !== 200) throw new FetchRefused(`Sidan svarade ${fetched.status}.`)
  return { name: fetched.url, bytes: fetched.bytes }
}

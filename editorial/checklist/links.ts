import { FetchRefused, safeFetch, type FetchRules } from '@/lib/http/safeFetch'

import { CHECK_LIMITS, type CheckLine } from '@/editorial/model'

type Verdict = { url: string; ok: boolean; unreachable?: boolean; why: string }

/** A link answers when it ends, after its redirects, in a 2xx (a HEAD, or a GET where HEAD is not allowed). */
async function checkOne(url: string, rules: FetchRules): Promise<Verdict> {
  const options = { maxBytes: 64 * 1024, timeoutMs: CHECK_LIMITS.linkTimeoutMs, rules }
  try {
    let answer = await safeFetch(url, { ...options, method: 'HEAD' })
    if (answer.status === 405 || answer.status === 501 || answer.status === 403) answer = await safeFetch(url, { ...options, method: 'GET' }).catch((e: unknown) => (e instanceof FetchRefused && /större än/.test(e.message) ? { ...answer, status: 200 } : Promise.reject(e)))
    return answer.status >= 200 && answer.status < 300 ? { url, ok: true, why: String(answer.status) } : { url, ok: false, why: `svarar ${answer.status}` }
  } catch (error) {
    if (!(error instanceof FetchRefused)) throw error
    return { url, ok: false, unreachable: true, why: error.message.replace(/\.$/, '').toLocaleLowerCase('sv-SE') }
  }
}

/**
 * Every web link of the e-mail followed, a few at a time, under the safe-fetch rules: public
 * addresses only (a link into a private network is never fetched), a timeout each. The site's own
 * pages are its own to answer and are not fetched; nor are e-mail links or the personal unsubscribe
 * link's placeholder.
 */
export async function linksLine(hrefs: string[], siteUrl: string, rules: FetchRules = {}): Promise<CheckLine> {
  const own = new URL(siteUrl).origin
  const originOf = (href: string): string | null => {
    try {
      return new URL(href).origin
    } catch {
      return null
    }
  }
  const web = [...new Set(hrefs.filter((h) => /^https?:\/\//i.test(h)))]
  // A malformed address is not the site's own: it is "followed", and refused with a reason.
  const outside = web.filter((h) => originOf(h) !== own)
  const verdicts: Verdict[] = []
  const queue = [...outside]
  const deadline = Date.now() + CHECK_LIMITS.linksTotalMs
  await Promise.all(
    Array.from({ length: Math.min(CHECK_LIMITS.linkConcurrency, queue.length) }, async () => {
      while (Date.now() < deadline) {
        const url = queue.shift()
        if (url === undefined) return
        verdicts.push(await checkOne(url, rules))
      }
    }),
  )
  // Past the time for all links together: the rest are named, not waited for.
  for (const url of queue) verdicts.push({ url, ok: false, unreachable: true, why: 'hanns inte med' })
  const dead = verdicts.filter((v) => !v.ok && !v.unreachable)
  const unreachable = verdicts.filter((v) => v.unreachable)
  const label = 'Länkar'
  const counted = `${outside.length} länk${outside.length === 1 ? '' : 'ar'} till andra webbplatser följda${web.length > outside.length ? `, ${web.length - outside.length} till den egna` : ''}`
  if (dead.length > 0) {
    return { id: 'links', label, status: 'fail', detail: `${dead.length} av ${outside.length} länkar fungerar inte.`, fix: 'Rätta eller ta bort länkarna i artikeln där de står.', items: [...dead, ...unreachable].map((v) => `${v.url} ${v.why}`) }
  }
  if (unreachable.length > 0) return { id: 'links', label, status: 'warn', detail: `${unreachable.length} länkar gick inte att nå (${counted}).`, fix: 'Öppna dem själv och kontrollera.', items: unreachable.map((v) => `${v.url}: ${v.why}`) }
  return { id: 'links', label, status: 'pass', detail: `Alla svarar (${counted}).` }
}

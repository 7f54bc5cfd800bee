import { describe, expect, it } from 'vitest'

import { burstWatch, isAutomaticAgent } from './automatic'
import { changeKind } from './listChanges'
import { shortenLinks } from './shortLinks'

const SITE = 'https://nytt.example.se'

describe('short links of a send', () => {
  it('replaces only the web addresses of links, in place, each address once, and the same ones in the text', () => {
    const html = `<!DOCTYPE html><html lang="sv"><body><p style="color:#333">Hej &amp; välkommen</p>
<a href="https://www.example.se/a?x=1&amp;y=2" class="b">Läs <strong>mer</strong></a>
<a href='https://www.example.se/'>Hem</a> <a href="https://www.example.se/a?x=1&amp;y=2">Igen</a>
<a href="mailto:kontakt@example.se">Kontakt</a> <a href="{{unsubscribe}}">Avregistrera</a> <a href="#top">Upp</a></body></html>`
    const text = 'Läs mer [https://www.example.se/a?x=1&y=2]\nHem: https://www.example.se/\nUndersida https://www.example.se/annan-sida\nAvregistrera: {{unsubscribe}}'
    const short = shortenLinks(html, text, 7, SITE)
    expect(short.links).toEqual([
      { n: 1, url: 'https://www.example.se/a?x=1&y=2', label: 'Läs mer' },
      { n: 2, url: 'https://www.example.se/', label: 'Hem' },
    ])
    expect(short.html).toBe(
      html
        .replace(`href="https://www.example.se/a?x=1&amp;y=2"`, `href="${SITE}/l/7/1"`)
        .replace(`href='https://www.example.se/'`, `href="${SITE}/l/7/2"`)
        .replace(`href="https://www.example.se/a?x=1&amp;y=2"`, `href="${SITE}/l/7/1"`),
    )
    // The home page's address is where it ends; inside a longer address it stays.
    expect(short.text).toBe(`Läs mer [${SITE}/l/7/1]\nHem: ${SITE}/l/7/2\nUndersida https://www.example.se/annan-sida\nAvregistrera: {{unsubscribe}}`)
  })

  it('an e-mail without web links is left as it is', () => {
    expect(shortenLinks('<p>Inga länkar</p>', 'Inga länkar', 1, SITE)).toEqual({ html: '<p>Inga länkar</p>', text: 'Inga länkar', links: [] })
  })
})

describe('probably automatic', () => {
  it('a HEAD, a robot, a mail filter or no name at all', () => {
    expect(isAutomaticAgent('HEAD', 'Mozilla/5.0 Firefox/128.0')).toBe(true)
    expect(isAutomaticAgent('GET', null)).toBe(true)
    expect(isAutomaticAgent('GET', 'Mozilla/5.0 (compatible; Googlebot/2.1)')).toBe(true)
    expect(isAutomaticAgent('GET', 'Mozilla/5.0 (Windows NT 10.0) Barracuda Sentinel')).toBe(true)
    expect(isAutomaticAgent('GET', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe(false)
  })

  it('three different links of a send from one client within seconds make a burst, counted again as automatic', () => {
    let now = 0
    const watch = burstWatch(() => now)
    expect(watch.seen('a|1', '1:1')).toEqual({ burst: false, earlier: [] })
    expect(watch.seen('a|1', '1:1')).toEqual({ burst: false, earlier: [] })
    expect(watch.seen('a|1', '1:2')).toEqual({ burst: false, earlier: [] })
    expect(watch.seen('a|1', '1:3')).toEqual({ burst: true, earlier: ['1:1', '1:1', '1:2'] })
    expect(watch.seen('a|1', '1:4')).toEqual({ burst: true, earlier: [] })
    now = 10_000
    expect(watch.seen('a|1', '1:5')).toEqual({ burst: false, earlier: [] })
    expect(watch.size()).toBe(1)
  })
})

describe('what a change of status counts as', () => {
  it('sign-ups, confirmations, additions, unsubscribes and suppressions; nothing for no change', () => {
    expect(changeKind(null, 'pending')).toBe('signedUp')
    expect(changeKind('pending', 'subscribed')).toBe('confirmed')
    expect(changeKind(null, 'subscribed')).toBe('added')
    expect(changeKind('unsubscribed', 'subscribed')).toBe('added')
    expect(changeKind('subscribed', 'unsubscribed')).toBe('unsubscribed')
    expect(changeKind('subscribed', 'bounced')).toBe('suppressed')
    expect(changeKind('bounced', 'unsubscribed')).toBeNull()
    expect(changeKind('subscribed', 'subscribed')).toBeNull()
    expect(changeKind('subscribed', null)).toBeNull()
  })
})

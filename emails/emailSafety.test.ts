import { describe, expect, it } from 'vitest'

import { seedIssueView } from '@/testing/seedViews'

import { renderIssueEmail } from './renderIssueEmail'
import { COLORS, DARK_COLORS, DARK_MODE_CSS } from './styles'
import { attributeValues, headingOutline, openingTags } from './testing/inspectHtml'
import { issueWithArticles } from './testing/issueVariants'

/**
 * The rules that keep the HTML readable in e-mail clients and within Gmail's clipping limit,
 * checked on the bytes of the rendered seed issue in both modes.
 */
const { issue, settings } = seedIssueView()
const now = new Date('2021-04-01T10:00:00Z')
const rendered = {
  email: await renderIssueEmail(issue, settings, { mode: 'email', now }),
  web: await renderIssueEmail(issue, settings, { mode: 'web', now }),
}
const KB = 1024
const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe.each(['email', 'web'] as const)('the %s HTML', (mode) => {
  const { html, subject } = rendered[mode]

  it('is a Swedish, UTF-8 document titled with the subject', () => {
    expect(html).toMatch(/<html[^>]*\slang="sv"/)
    expect(html).toMatch(/<meta charSet="utf-8"\/>/i)
    expect(html).toContain(`<title>${subject}</title>`)
  })

  it('has no script, form or stylesheet, and looks right on inline styles alone', () => {
    expect(html).not.toMatch(/<script|<form|<link rel="stylesheet"/i)
    // One style block, for dark mode only; the classes are the ones it reads, nothing else.
    expect(html.match(/<style/g)).toHaveLength(1)
    expect(html).toContain(`<style>${DARK_MODE_CSS}</style>`)
    const classes = new Set(attributeValues(html, 'class').flatMap((value) => value.split(/\s+/)))
    expect([...classes].filter((name) => !name.startsWith('dm-'))).toEqual([])
  })

  it('is a standards-mode HTML5 document that declares its colour schemes', () => {
    expect(html.startsWith('<!DOCTYPE html><html')).toBe(true)
    expect(html).not.toContain('http-equiv')
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>')
  })

  it('gives every link a text of its own where the targets differ', () => {
    const links = [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: m[1], text: m[2]?.replace(/<[^>]+>/g, '') }))
    const targetsOf = new Map<string, Set<string>>()
    for (const { href, text } of links) targetsOf.set(String(text), (targetsOf.get(String(text)) ?? new Set()).add(String(href)))
    expect([...targetsOf].filter(([, targets]) => targets.size > 1).map(([text]) => text)).toEqual([])
  })

  it('lays out with presentation tables no wider than 600px', () => {
    const tables = openingTags(html, 'table')
    expect(tables.length).toBeGreaterThan(5)
    for (const table of tables) expect(table).toContain('role="presentation"')
    expect(html).toContain('max-width:600px')
  })

  it('links only to absolute addresses (and, on the web, to its own items)', () => {
    const ids = new Set(attributeValues(html, 'id'))
    const relative = attributeValues(html, 'href').filter((href) => {
      if (/^(https?:\/\/|mailto:)/i.test(href)) return false
      if (mode === 'email' && href === settings.unsubscribePlaceholder) return false
      return !(mode === 'web' && href.startsWith('#') && ids.has(href.slice(1)))
    })
    expect(relative).toEqual([])
  })

  it('gives every image alt text, a size and an absolute https address', () => {
    const images = openingTags(html, 'img')
    expect(images).toHaveLength(2)
    for (const image of images) {
      expect(image).toMatch(/\salt="[^"]+"/)
      expect(image).toMatch(/\swidth="\d+"/)
      expect(image).toMatch(/\sheight="\d+"/)
      expect(image).toMatch(/\ssrc="https:\/\/nytt\.rus\.example\/api\/media\/file\/[^"]+-600x338\.jpg"/)
    }
    // The 600px e-mail size, scaled to the 552px column.
    expect(images[0]).toContain(' width="552"')
    expect(images[0]).toContain(' height="311"')
  })

  it('has one h1 and never skips a heading level going down', () => {
    const levels = headingOutline(html).map((heading) => heading.level)
    expect(levels.filter((level) => level === 1)).toHaveLength(1)
    expect(levels[0]).toBe(1)
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1))
  })

  it('underlines every link in the link colour', () => {
    for (const anchor of openingTags(html, 'a')) {
      expect(anchor).toContain(`color:${COLORS.link}`)
      expect(anchor).toContain('text-decoration:underline')
    }
  })

  it('stays within 40 KB', () => {
    expect(bytes(html)).toBeLessThanOrEqual(40 * KB)
  })
})

describe('the web version', () => {
  it('points search engines to the issue’s page and keeps itself out of their index', () => {
    const { html } = rendered.web
    expect(html).toContain('<link rel="canonical" href="https://nytt.rus.example/nyhetsbrev/2021-03-31"/>')
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>')
    expect(rendered.email.html).not.toContain('rel="canonical"')
  })
})

describe('the look', () => {
  it('keeps text, muted text and links at a contrast of at least 4.5:1 on the background', () => {
    for (const colour of [COLORS.text, COLORS.muted, COLORS.link]) expect(contrast(colour, COLORS.background)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(COLORS.link, COLORS.boxBackground)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(COLORS.text, COLORS.boxBackground)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps the same contrasts in dark mode', () => {
    for (const colour of [DARK_COLORS.text, DARK_COLORS.muted, DARK_COLORS.link]) {
      expect(contrast(colour, DARK_COLORS.background)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(colour, DARK_COLORS.boxBackground)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('lets long addresses and links wrap instead of widening the message', () => {
    for (const paragraph of openingTags(rendered.email.html, 'p')) expect(paragraph).toContain('overflow-wrap:anywhere')
  })

  it('writes text in the system font and the text colour on white', () => {
    const { html } = rendered.email
    expect(html).toContain('background-color:#ffffff')
    for (const paragraph of openingTags(html, 'p')) expect(paragraph).toMatch(/font-family:Arial,Helvetica,sans-serif;color:#(1c2b36|4a5a66)/)
  })
})

describe('an issue of 20 articles', () => {
  it('stays under the 102 KB at which Gmail clips a message', async () => {
    const big = issueWithArticles(issue, 20)
    const { html } = await renderIssueEmail(big, settings, { mode: 'email', now })
    expect(headingOutline(html).filter((heading) => heading.level === 3)).toHaveLength(20)
    expect(bytes(html)).toBeLessThan(102 * KB)
  })
})

import { describe, expect, it } from 'vitest'

import type { ArticleView } from '@/content/types'
import { bold, bulletList, link, paragraph, richText, text } from '@/content/richText/build'
import { seedData, seedIssueView } from '@/testing/seedViews'

import { renderIssueEmail } from '../renderIssueEmail'
import { hrefOf, openingTags, visibleLines } from '../testing/inspectHtml'
import { findArticle, withArticle } from '../testing/issueVariants'

const { issue, settings } = seedIssueView()
const SLUG = 'rus-verksamhet-2021'

/** Renders the seed issue with one article changed; both outputs, plus the HTML's visible lines. */
async function renderWith(change: (article: ArticleView) => ArticleView) {
  const result = await renderIssueEmail(withArticle(issue, SLUG, change), settings, { mode: 'email', now: new Date('2021-04-01T10:00:00Z') })
  return { ...result, lines: visibleLines(result.html) }
}
const withBody = (...nodes: Record<string, unknown>[]) => renderWith((article) => ({ ...article, body: richText(...(nodes as never[])) }))

const internalLink = (value: unknown, label: string) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value } },
  children: [text(label)],
})

describe('rich text in the e-mail is safe', () => {
  it('keeps the words of a javascript: link but never the link', async () => {
    const { html, text: plain, lines } = await withBody(paragraph('Före ', link('javascript:alert(1)', 'Klicka inte'), ' efter.'))
    expect(lines).toContain('Före Klicka inte efter.')
    expect(plain).toContain('Före Klicka inte efter.')
    expect(html).not.toMatch(/javascript:/i)
    expect(plain).not.toMatch(/javascript:/i)
  })

  it('drops an unsafe read-more link to its label as well', async () => {
    const hostile = seedIssueView((docs) => {
      seedData(docs, 'articles', 'verksamhet').readMore = [{ label: 'Farlig länk', url: 'JavaScript:alert(1)' }]
    })
    const { html } = await renderIssueEmail(hostile.issue, hostile.settings, { mode: 'email' })
    const lines = visibleLines(html)
    expect(lines).toContain('Farlig länk')
    expect(html).not.toMatch(/javascript:/i)
  })

  it('escapes markup typed into a title, a lead and the body', async () => {
    const attack = '<script>alert(1)</script>'
    const { html, lines } = await renderWith((article) => ({
      ...article,
      title: `Rubrik ${attack}`,
      lead: `Ingress ${attack}`,
      body: richText(paragraph(`Text ${attack}`)),
      image: findArticle(issue, 'arlig-uppfoljning-av-sveriges-nationella-miljomal-2021').image && {
        ...(findArticle(issue, 'arlig-uppfoljning-av-sveriges-nationella-miljomal-2021').image as NonNullable<ArticleView['image']>),
        alt: `"><script>alert(1)</script>`,
      },
    }))
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('Rubrik &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(lines).toEqual(expect.arrayContaining([`Rubrik ${attack}`, `Ingress ${attack}`, `Text ${attack}`]))
  })

  it('resolves an internal link to the document page, and shows only the text when it was not readable', async () => {
    const { html, lines } = await withBody(
      paragraph(internalLink({ id: 9, slug: 'en-annan-artikel' }, 'En annan artikel')),
      paragraph(internalLink(9, 'Ett utkast')),
    )
    expect(hrefOf(html, 'En annan artikel')).toBe('https://nytt.rus.example/artiklar/en-annan-artikel')
    expect(lines).toContain('Ett utkast')
    expect(hrefOf(html, 'Ett utkast')).toBeUndefined()
  })
})

describe('rich text in the e-mail keeps its structure', () => {
  it('writes bold and italic text, line breaks and mailto links', async () => {
    const { html } = await withBody(paragraph(bold('Fet'), ' ', text('kursiv', 2), { type: 'linebreak', version: 1 }, link('mailto:a@example.se', 'a@example.se')))
    expect(html).toContain('<strong>Fet</strong> <em>kursiv</em><br/>')
    expect(hrefOf(html, 'a@example.se')).toBe('mailto:a@example.se')
  })

  it('writes bullet, numbered and nested lists', async () => {
    const numbered = { ...bulletList(['Ett'], ['Två']), listType: 'number', tag: 'ol', start: 3 }
    const nested = bulletList(['Yttre'])
    ;((nested.children as Record<string, unknown>[])[0] as { children: unknown[] }).children.push(bulletList(['Inre']))
    const { html, text: plain } = await withBody(numbered, nested)
    expect(openingTags(html, 'ol')).toHaveLength(1)
    expect(openingTags(html, 'ol')[0]).toContain('start="3"')
    expect(html).toMatch(/<li[^>]*>Yttre<ul[^>]*><li[^>]*>Inre<\/li><\/ul><\/li>/)
    expect(plain).toContain('3. Ett\n4. Två')
    expect(plain).toContain('- Yttre\n  - Inre')
  })

  it('turns headings into h4 under the article title and quotes into blockquotes', async () => {
    const heading = (tag: string, words: string) => ({ type: 'heading', tag, version: 1, children: [text(words)] })
    const { html } = await withBody(heading('h3', 'Mellanrubrik'), heading('h4', 'Underrubrik'), { type: 'quote', version: 1, children: [text('Citat')] })
    expect(html).toMatch(/<h4[^>]*>Mellanrubrik<\/h4>/)
    expect(html).toMatch(/<h4[^>]*>Underrubrik<\/h4>/)
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>Citat<\/p><\/blockquote>/)
  })

  it('puts the member list after the text when the article has a group but no list block', async () => {
    const changed = seedIssueView((docs) => {
      Object.assign(seedData(docs, 'articles', 'verksamhet'), { body: richText(paragraph('Brödtext.')), referenceGroup: { seedRef: 'reference-groups', key: 'group' } })
    })
    const lines = visibleLines((await renderIssueEmail(changed.issue, changed.settings, { mode: 'email', now: new Date('2021-04-01T10:00:00Z') })).html)
    const at = lines.indexOf('Brödtext.')
    expect(lines.slice(at + 1, at + 3)).toEqual(['Vi som idag ingår i referensgruppen är:', 'Marie-Helene Bergstrand, miljömålssamordnare i Halland (sammankallande)'])
  })
})

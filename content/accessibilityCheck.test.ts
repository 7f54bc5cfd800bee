import { describe, expect, it } from 'vitest'

import { bold, link, paragraph, richText, text } from '@/content/richText/build'
import { PLACEHOLDERS } from '@/seed/placeholderImages'
import { seedDocuments } from '@/seed/documents'
import type { RichText } from '@/content/richText/build'

import { checkArticle, checkIssue, type CheckedArticle } from './accessibilityCheck'

const heading = (tag: 'h3' | 'h4', words: string) => ({ type: 'heading', tag, children: [text(words)], version: 1 })

describe('the accessibility check on the seed issue', () => {
  const articles: CheckedArticle[] = seedDocuments()
    .filter((doc) => doc.collection === 'articles')
    .map((doc) => ({
      ...(doc.data as CheckedArticle),
      image: doc.data.image ? { alt: PLACEHOLDERS.report.alt, filename: PLACEHOLDERS.report.filename } : null,
    }))
  const problems = checkIssue({ intro: 'x', sections: [{ heading: 'AKTUELLT' }, { heading: 'UTBILDNING, KONFERENS OCH MÖTE' }], articles })

  it('finds the link texts that say nothing out of context', () => {
    const messages = problems.map((p) => `${p.where} | ${p.message}`)
    expect(messages.some((m) => m.includes('Agenda 2030') && m.includes('Läs mer-länkar') && m.includes('”Senaste nyhetsbrevet hittar du här”'))).toBe(true)
    expect(messages.some((m) => m.includes('Unlock') && m.includes('TIPS-rutan') && m.includes('”finns här”'))).toBe(true)
  })

  it('finds the section heading in capitals, but not a short abbreviation like AKTUELLT', () => {
    expect(problems.filter((p) => p.where.startsWith('Avdelningen')).map((p) => p.where)).toEqual(['Avdelningen ”UTBILDNING, KONFERENS OCH MÖTE”'])
  })

  it('finds nothing wrong with the placeholder images, whose alt texts say what they show', () => {
    expect(problems.filter((p) => p.where.endsWith('Bild'))).toEqual([])
  })
})

describe('the accessibility check on made-up articles', () => {
  const messagesOf = (article: CheckedArticle) => checkArticle(article).map((p) => `${p.where}: ${p.message}`)

  it('finds images whose alt text says nothing, is the file name, or is far too long', () => {
    expect(messagesOf({ image: { alt: 'Bild', filename: 'x.jpg' } })[0]).toMatch(/^Bild: Alternativtexten ”Bild” säger inget/)
    expect(messagesOf({ image: { alt: 'IMG_2041.jpg', filename: 'IMG_2041.jpg' } })[0]).toMatch(/säger inget/)
    expect(messagesOf({ image: { alt: 'DSC 0042', filename: 'a.jpg' } })[0]).toMatch(/säger inget/)
    expect(messagesOf({ image: { alt: 'a'.repeat(300), filename: 'a.jpg' } })[0]).toMatch(/mycket lång \(300 tecken\)/)
    expect(messagesOf({ image: { alt: 'Deltagare vid Miljömålsdagarna i Nyköping', filename: 'a.jpg' } })).toEqual([])
  })

  it('finds vague, bare and ambiguous link texts', () => {
    const body = richText(
      paragraph('Anmäl dig ', link('https://a.example/', 'här'), '.'),
      paragraph(link('https://b.example/', 'Läs mer')),
      paragraph(link('https://c.example/', 'Läs mer')),
      paragraph(link('https://www.naturvardsverket.se/', 'https://www.naturvardsverket.se/')),
    )
    const messages = messagesOf({ body, readMore: [{ label: 'Klicka här', url: 'https://d.example/' }] })
    expect(messages.filter((m) => m.includes('säger inte vart länken leder'))).toHaveLength(4)
    expect(messages.some((m) => m.includes('Länktexten är en webbadress'))).toBe(true)
    expect(messages.some((m) => m.includes('Flera länkar heter ”läs mer” men leder till olika sidor'))).toBe(true)
  })

  it('finds skipped heading levels, capitals, long paragraphs and bold text used as a heading', () => {
    const body = richText(
      heading('h4', 'Bakgrund'),
      paragraph('DETTA ÄR EN VIKTIG INFORMATION TILL ALLA'),
      paragraph(Array(130).fill('ord').join(' ')),
      paragraph(bold('Så anmäler du dig')),
      paragraph(bold('En hel mening i fetstil.')),
    ) as RichText
    const messages = messagesOf({ body })
    expect(messages).toHaveLength(4)
    expect(messages[0]).toMatch(/rubriknivåer hoppas över/)
    expect(messages[1]).toMatch(/versaler/)
    expect(messages[2]).toMatch(/mycket långt \(130 ord\)/)
    expect(messages[3]).toMatch(/”Så anmäler du dig” ser ut som en rubrik/)
  })

  it('passes a well-made article', () => {
    const body = richText(heading('h3', 'Så fungerar det'), paragraph('Läs ', link('https://rus.se/plan', 'verksamhetsplanen för 2021'), ' på rus.se.'))
    expect(messagesOf({ title: 'RUS verksamhet 2021', lead: 'Om planen.', body, readMore: [{ label: 'Verksamhetsplanen finns på rus.se', url: 'https://rus.se/' }] })).toEqual([])
  })
})

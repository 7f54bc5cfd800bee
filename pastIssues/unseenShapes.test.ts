import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { ReadItem, Reading } from './model'
import { readSource } from './readSource'

/**
 * The rules on issues they were not written against (fixtures/README.md says each shape). What
 * is asserted is what an editor would check first: the date, the sections, each item's kind,
 * title and lead, the links with their addresses, and what is flagged rather than assumed.
 */
/** The items of a section, or a failure that names it. */
function itemsOf(reading: Reading, section: number): ReadItem[] {
  const found = reading.issue.sections[section]
  if (!found) throw new Error(`no section ${section}`)
  return found.items
}

async function read(file: string) {
  const result = await readSource({ name: file, bytes: readFileSync(new URL(`./fixtures/${file}`, import.meta.url)) })
  if (!result.ok) throw new Error(result.error)
  return result.reading
}

const summary = (reading: Awaited<ReturnType<typeof read>>) =>
  reading.issue.sections.map((s) => [s.heading, s.items.map((i) => `${i.kind}: ${i.title}`)])

describe('an issue in the shapes of other years', () => {
  it('reads a text version with an opening editorial, a bulleted contents, "AKTUELLT från RUS" and no gaps', async () => {
    const reading = await read('2022-06.txt')
    expect(reading.issue.title).toBe('Nyhetsbrev från RUS – juni 2022')
    expect(reading.issue.date).toBe('2022-06')
    expect(reading.flags).toContain('Bara månaden är känd (2022-06): ange dagen.')
    expect(reading.issue.intro.split('\n\n')).toHaveLength(4)
    expect(reading.issue.intro).toMatch(/^Hej alla miljömålsintresserade!/)
    expect(reading.issue.contents).toEqual(['Vägledning för etappmålen är klar.', 'Klimatanpassning i länen – ny rapport.', 'Anmälan till Miljömålsdagarna 2022 har öppnat.'])
    expect(summary(reading)).toEqual([
      ['AKTUELLT från RUS', ['article: Vägledning för etappmålen är klar', 'article: Klimatanpassning i länen – ny rapport']],
      ['AKTUELLT', ['article: Ny webbplats för Sveriges miljömål']],
      ['KALENDARIUM', ['event: Miljömålsdagarna 2022 i Västerås', 'event: Webbinarium om cirkulär ekonomi']],
    ])
    const [guidance, adaptation] = itemsOf(reading, 0) as [ReadItem, ReadItem]
    expect(guidance.lead).toMatch(/^Vägledningen beskriver/)
    expect(guidance.links).toEqual([{ label: 'Läs vägledningen på rus.se' }])
    expect(adaptation.credit).toBe('Anna Svensson')
    expect(adaptation.body).toEqual([
      'Rapporten innehåller också förslag på hur kommunerna kan stöttas:',
      'Bättre underlag om översvämningsrisker.',
      'Gemensamma utbildningar för handläggare.',
      'Ett nationellt nätverk för kommunernas klimatanpassningssamordnare.',
    ])
    const [days, webinar] = itemsOf(reading, 2) as [ReadItem, ReadItem]
    expect(days.body).toEqual(['Anmäl dig senast den 1 september.'])
    expect(days.proposedDate).toMatchObject({ start: '2022-09-28', end: '2022-09-29', words: 'den 28-29 september' })
    expect(webinar.proposedDate).toMatchObject({ start: '2022-12-10', time: '09:00–10:30' })
    expect(reading.flags.filter((f) => f.startsWith('Datum föreslaget'))).toHaveLength(2)
    expect(reading.issue.footer).toEqual({ distributionNote: 'Utskicket går till RUS kontaktpersoner på länsstyrelserna och RUS styrgrupp.', contactName: 'Julia Martinsson' })
  })

  it('reads an e-mail as received: bold titles, rules between items, the day from its Date header', async () => {
    const reading = await read('2020-12.eml')
    expect(reading.issue.title).toBe('Nytt från RUS')
    expect(reading.issue.date).toBe('2020-12-03')
    expect(reading.flags).toContain('Datumet är e-postens sändningsdag: kontrollera det.')
    expect(reading.issue.contents).toHaveLength(3)
    expect(summary(reading)).toEqual([
      ['AKTUELLT', ['article: Regional uppföljning 2020 är inlämnad', 'group: Nytt nätverk för cirkulär ekonomi']],
      ['UTBILDNING, KONFERENS OCH MÖTE', ['event: Webbinarium om målkonflikter']],
    ])
    const [report, network] = itemsOf(reading, 0) as [ReadItem, ReadItem]
    expect(report).toMatchObject({
      credit: 'Per Nilsson',
      image: { src: 'https://files.paloma.se/exempel/lansbild.jpg', alt: 'Utsikt över ett skogslandskap i vinterljus' },
      links: [{ label: 'Läs mer om uppföljningen', url: 'https://www.rus.se/uppfoljning' }],
    })
    expect(network.members?.map((m) => [m.name, m.convener])).toEqual([['Karin Lund', true], ['Johan Berg', false], ['Sara Ek', false]])
    expect(network.callToJoin).toEqual({ text: 'Vill du också delta i nätverket?', replyTo: 'Karin Lund', deadline: '2021-01-15' })
    const [webinar] = itemsOf(reading, 1) as [ReadItem]
    expect(webinar.proposedDate).toMatchObject({ start: '2021-01-21', time: '13:00–15:00' })
    expect(webinar.links).toEqual([{ label: 'Anmäl dig här', url: 'https://www.rus.se/webbinarium' }])
    // Paloma's own lines are not the editor's words.
    expect(JSON.stringify(reading.issue)).not.toMatch(/Klicka här|Skickat med Paloma|avregistrera/)
  })
})

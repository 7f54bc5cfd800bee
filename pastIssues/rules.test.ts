import { describe, expect, it } from 'vitest'

import { blocksFromText } from './blocksFromText'
import { interpret } from './interpret'
import { isSectionHeading } from './lineKinds'
import { readSource } from './readSource'

describe("the importer's rules", () => {
  it('takes capitals with a short tail as a section heading, and a title that begins with an acronym as a title', () => {
    for (const heading of ['AKTUELLT', 'UTBILDNING, KONFERENS OCH MÖTE', 'AKTUELLT från RUS', 'KALENDARIUM']) expect(isSectionHeading(heading), heading).toBe(true)
    for (const title of ['COVID-19 och miljömålen', 'HELCOM i Stockholm', 'RUS verksamhet 2021', 'TIPS!', 'SMHI rapporterar om torka']) expect(isSectionHeading(title), title).toBe(false)
  })

  it('keeps an editorial that comes after the table of contents as the intro', () => {
    const text = ['Nytt från RUS 12 maj', '', 'Maj 2023', '', 'I detta nummer:', '• Första punkten.', '• Andra punkten.', '', 'Hej alla! Våren har varit intensiv i miljömålsarbetet och vi har mycket att berätta i det här numret.', '', 'AKTUELLT', '', 'En rubrik', 'En ingress som är tillräckligt lång för att räknas som ett riktigt stycke med text i nyhetsbrevet.'].join('\n')
    const { issue } = interpret(blocksFromText(text))
    expect(issue.contents).toEqual(['Första punkten.', 'Andra punkten.'])
    expect(issue.intro).toMatch(/^Hej alla! Våren har varit intensiv/)
    expect(issue.date).toBe('2023-05-12')
  })

  it('keeps an e-mail without an HTML part as text', async () => {
    const mail = ['From: RUS <nyhetsbrev@rus.example>', 'Subject: Nytt från RUS', 'Date: Tue, 12 Sep 2023 08:00:00 +0000', 'Content-Type: text/plain; charset=utf-8', '', 'Nytt från RUS 12 september', '', 'September 2023', '', 'AKTUELLT', '', 'En rubrik', 'En ingress som är tillräckligt lång för att räknas som ett riktigt stycke med text i nyhetsbrevet.', ''].join('\r\n')
    const read = await readSource({ name: 'text.eml', bytes: Buffer.from(mail) })
    expect(read.ok && read.kind).toBe('text')
  })
})

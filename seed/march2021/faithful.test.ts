import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { memberLine } from '@/content/memberLine'
import type { RichText } from '@/content/richText/build'
import { richTextToText } from '@/content/richText/toText'

import { SEED_ARTICLES } from './articles'
import { SEED_EVENTS } from './events'
import { SEED_ISSUE } from './issue'
import { SEED_GROUP, SEED_MEMBERS, SEED_SETTINGS } from './people'

/**
 * Every line of the original e-mail (source.txt, a copy of the newsletter as sent) must have a
 * home in the fixture, apart from the lines the e-mail template itself writes and the sending
 * tool's own additions.
 */
const WRITTEN_BY_TEMPLATE = [
  'Mars 2021', // the month of the issue date
  'Detta tar nyhetsbrevet bland annat upp:',
  'Klicka här för att läsa nyhetsbrevet i din webbläsare',
  'Foto: Camilla Zilo', // "Foto: " + the image credit
  'Vill du också delta i nätverket/referensgruppen? Svar önskas till:', // the call to join
  'Marie-Helene Bergstrand senast 30 april',
  'Har du frågor kring nyhetsbrevet? Kontakta Julia Martinsson',
  'Läs hur vi hanterar dina personuppgifter här',
  'Klicka här för att avregistrera din adress',
]
const ADDED_BY_SENDING_TOOL = ['Do not click this link', 'Skickat med Paloma']

const lines = readFileSync(path.join(import.meta.dirname, 'source.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/\u00a0/g, ' ').trim())
  .filter((line) => line.length > 0)

const richTexts = [...SEED_ARTICLES.map((a) => ('body' in a ? a.body : null)), ...SEED_EVENTS.map((e) => e.description)]
const fixtureText = JSON.stringify([SEED_ARTICLES, SEED_EVENTS, SEED_ISSUE, SEED_GROUP, SEED_SETTINGS, richTexts.flatMap((value) => richTextToText(value as RichText, { siteUrl: 'https://nytt.rus.example' }).replace(/ \((https?|mailto):[^)]*\)/g, '').split('\n'))])
const members = SEED_GROUP.memberships.map(({ member, role }) =>
  memberLine(SEED_MEMBERS.find((m) => m.key === member) ?? { name: member }, role === 'convener'),
)

describe('the March 2021 fixture', () => {
  it.each(lines.filter((l) => !WRITTEN_BY_TEMPLATE.includes(l) && !ADDED_BY_SENDING_TOOL.includes(l)))('keeps %j', (line) => {
    expect(fixtureText.includes(JSON.stringify(line).slice(1, -1)) || members.includes(line)).toBe(true)
  })

  it('writes the six members as the e-mail does', () => {
    expect(members).toEqual([
      'Marie-Helene Bergstrand, miljömålssamordnare i Halland (sammankallande)',
      'Magnus Eriksson, verksamhetsledare RUS',
      'Susanne Dahlberg, miljöstrateg i Skåne',
      'Anne-Catrin Almér, miljömålssamordnare i Jönköping',
      'Anna Gilius, miljömålssamordnare i Kronoberg',
      'Brita Asplund, miljömålssamordnare i Gävle',
    ])
  })
})

import { describe, expect, it } from 'vitest'

import { slugify, validateSlug } from '@/lib/slugify'

describe('slugify', () => {
  it('transliterates Swedish letters and accents', () => {
    expect(slugify('Miljömålsdagarna 2021')).toBe('miljomalsdagarna-2021')
    expect(slugify('Åtgärdswebben på RUS samarbetsyta')).toBe('atgardswebben-pa-rus-samarbetsyta')
    expect(slugify('Anne-Catrin Almér')).toBe('anne-catrin-almer')
    expect(slugify('Ærø & Straße')).toBe('aero-strasse')
  })

  it('collapses punctuation and trims hyphens', () => {
    expect(slugify('  Referensgrupp för konsumtion – vet du var informationen finns?  ')).toBe(
      'referensgrupp-for-konsumtion-vet-du-var-informationen-finns',
    )
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Rapporten Årlig uppföljning av Sveriges nationella miljömål 2021 är nu överlämnad till regeringen')
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toBe('rapporten-arlig-uppfoljning-av-sveriges-nationella-miljomal-2021-ar-nu')
  })
})

describe('validateSlug', () => {
  it('accepts a clean slug', () => {
    expect(validateSlug('nytt-fran-rus-2021')).toBe(true)
  })

  it.each([['Stora Bokstäver'], ['med mellanslag'], ['-kant-'], ['dubbla--streck'], ['å'], ['a/b'], ['x'.repeat(81)], ['']])(
    'refuses %j with a message',
    (bad) => {
      expect(validateSlug(bad)).toEqual(expect.any(String))
    },
  )
})

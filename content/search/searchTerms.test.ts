import { describe, expect, it } from 'vitest'

import { MAX_QUERY_CHARACTERS, toPrefixQuery, toSearchTerms } from './searchTerms'

describe('toSearchTerms', () => {
  it('keeps words of letters and digits, as typed for show and in lower case for the query', () => {
    expect(toSearchTerms('  Giftfri   vardag 2021 ')).toEqual({ text: 'Giftfri vardag 2021', words: ['giftfri', 'vardag', '2021'], problem: null })
  })

  it('drops every character that means something to to_tsquery or SQL', () => {
    expect(toSearchTerms('miljö & | !').words).toEqual(['miljö'])
    expect(toSearchTerms("' OR 1=1 --").words).toEqual(['or', '1', '1'])
    expect(toSearchTerms('a:*b<->c(d)\'e"f\\g').words).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    for (const word of toSearchTerms('x\u0000y\u200bz %00 ½ ①').words) expect(word).toMatch(/^[\p{L}\p{N}]+$/u)
  })

  it('calls a query without words empty', () => {
    for (const raw of ['', '   ', '&|!():*\'"\\', '\u0000', '🙂 – …']) {
      expect(toSearchTerms(raw)).toEqual({ text: '', words: [], problem: 'empty' })
    }
  })

  it('joins an ö typed as o + combining diaeresis into one letter', () => {
    expect(toSearchTerms('miljo\u0308mål').words).toEqual(['miljömål'])
  })

  it('cuts a long query at 200 characters and 8 words, and never searches for half a word', () => {
    expect(toSearchTerms('a'.repeat(10_000))).toMatchObject({ problem: 'tooLong', text: 'a'.repeat(MAX_QUERY_CHARACTERS) })
    const words = toSearchTerms('ett två tre fyra fem sex sju åtta nio tio')
    expect(words).toMatchObject({ problem: 'tooLong', text: 'ett två tre fyra fem sex sju åtta' })
    const cutInWord = toSearchTerms(`${'x '.repeat(3)}${'y'.repeat(MAX_QUERY_CHARACTERS)}`)
    expect(cutInWord).toMatchObject({ problem: 'tooLong', words: ['x', 'x', 'x'] })
    expect(toSearchTerms(`${'ord '.repeat(8)}`.trim()).problem).toBeNull()
  })
})

describe('toPrefixQuery', () => {
  it('makes every word a prefix term that must occur', () => {
    expect(toPrefixQuery(['giftfri', 'vardag'])).toBe('giftfri:* & vardag:*')
  })
})

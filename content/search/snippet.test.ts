import { describe, expect, it } from 'vitest'

import { HEADLINE_OPTIONS, snippetToHtml, SNIPPET_TRANSLATE_FROM, SNIPPET_TRANSLATE_TO } from './snippet'

const START = '\uE000'
const STOP = '\uE001'

describe('snippetToHtml', () => {
  it('turns the markers into <mark> and escapes everything else', () => {
    expect(snippetToHtml(`Om ${START}plast${STOP} & "annat" <b>`)).toBe('Om <mark>plast</mark> &amp; &quot;annat&quot; &lt;b&gt;')
  })

  it('shows the stand-ins for < and > as escaped text', () => {
    expect(snippetToHtml('\uE002script\uE003alert(1)\uE002/script\uE003')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('drops a marker without its partner instead of leaving a <mark> open', () => {
    expect(snippetToHtml(`${START}halv ${START}hel${STOP} ${STOP}slut`)).toBe('halv <mark>hel</mark> slut')
  })

  it('collapses runs of white space', () => {
    expect(snippetToHtml('Kontakta  oss\n i dag ')).toBe('Kontakta oss i dag')
  })
})

describe('the ts_headline settings', () => {
  it('select with the markers and keep two passages of 10–30 words', () => {
    expect(HEADLINE_OPTIONS).toContain(`StartSel=${START}`)
    expect(HEADLINE_OPTIONS).toContain(`StopSel=${STOP}`)
    expect(HEADLINE_OPTIONS).toContain('MaxFragments=2')
  })

  it('translate < and > to the stand-ins and remove markers already in the text', () => {
    expect(SNIPPET_TRANSLATE_FROM.slice(0, 2)).toBe('<>')
    expect(SNIPPET_TRANSLATE_TO).toBe('\uE002\uE003')
    expect(SNIPPET_TRANSLATE_FROM).toContain(START)
  })
})

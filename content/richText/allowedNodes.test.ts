import { describe, expect, it } from 'vitest'

import { richTextProblem, type AllowedNodes } from './allowedNodes'
import { block, bold, bulletList, link, paragraph, richText } from './build'

const BODY: AllowedNodes = {
  types: ['heading', 'list', 'listitem', 'quote', 'link', 'autolink', 'block'],
  headingTags: ['h3', 'h4'],
  blocks: ['tips', 'memberList'],
  linkCollections: ['articles', 'events', 'reference-groups'],
}

const withRoot = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('richTextProblem', () => {
  it('accepts what the editor makes', () => {
    const value = richText(
      paragraph('Läs ', bold('mer'), ' ', link('https://www.rus.se/', 'på rus.se')),
      bulletList(['ett'], ['två']),
      block('tips', { heading: 'TIPS!', content: richText(paragraph('x')) }),
    )
    expect(richTextProblem(value, BODY)).toBeNull()
    expect(richTextProblem(null, BODY)).toBeNull()
  })

  it('refuses nodes the editor does not offer', () => {
    const upload = { type: 'upload', relationTo: 'media', value: { url: 'javascript:alert(1)' } }
    expect(richTextProblem(withRoot(upload), BODY)).toMatch(/typen "upload"/)
    expect(richTextProblem(withRoot({ type: 'heading', tag: 'h1', children: [] }), BODY)).toMatch(/nivån "h1"/)
    expect(richTextProblem(withRoot({ type: 'block', fields: { blockType: 'video' } }), BODY)).toMatch(/blocket "video"/)
    expect(richTextProblem(withRoot(paragraph({ type: 'text', text: 'x', style: 'background:url(javascript:x)' })), BODY)).toMatch(/egen stil/)
    expect(richTextProblem(withRoot({ type: 'block', fields: { blockType: 'tips' } }), { types: ['link'] })).toMatch(/typen "block"/)
  })

  it('refuses unsafe and off-limits links', () => {
    expect(richTextProblem(richText(paragraph(link('javascript:alert(1)', 'x'))), BODY)).toMatch(/https:\/\//)
    const internal = (relationTo: string) => withRoot(paragraph({ type: 'link', fields: { linkType: 'internal', doc: { relationTo, value: 1 } }, children: [] }))
    expect(richTextProblem(internal('articles'), BODY)).toBeNull()
    expect(richTextProblem(internal('users'), BODY)).toMatch(/intern länk/)
  })

  it('refuses what is not Lexical at all', () => {
    expect(richTextProblem({ html: '<script>' }, BODY)).toMatch(/redigerarens format/)
    expect(richTextProblem(withRoot('text'), BODY)).toMatch(/redigerarens format/)
    let deep: object = { type: 'text', text: 'x' }
    for (let i = 0; i < 60; i++) deep = { type: 'quote', children: [deep] }
    expect(richTextProblem(withRoot(deep), BODY)).toMatch(/nästlad/)
  })
})

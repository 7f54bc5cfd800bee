import { describe, expect, it } from 'vitest'

import { resolveField, sortProblem, whereProblem, type QueryField } from './queryRules'

const groups: QueryField[] = [{ name: 'name', type: 'text' }]
const articles: QueryField[] = [
  { name: 'title', type: 'text' },
  { name: 'body', type: 'richText' },
  { name: 'updatedAt', type: 'date' },
  { name: 'referenceGroup', type: 'relationship', relationTo: 'reference-groups' },
  { name: 'readMore', type: 'array', flattenedFields: [{ name: 'url', type: 'text' }] },
  { name: 'appearsIn', type: 'join' },
]
const fieldsOf = (slug: string) => (slug === 'reference-groups' ? groups : undefined)

describe('query rules', () => {
  it('resolves paths through arrays and relations', () => {
    expect(resolveField('readMore.url', articles, fieldsOf)?.type).toBe('text')
    expect(resolveField('referenceGroup.name', articles, fieldsOf)?.type).toBe('text')
    expect(resolveField('nothing', articles, fieldsOf)).toBeUndefined()
  })

  it('lets sensible queries through, unknown fields to Payload', () => {
    expect(whereProblem({ title: { like: 'plast' }, updatedAt: { greater_than: '2021-01-01' } }, articles, fieldsOf)).toBeNull()
    expect(whereProblem({ or: [{ 'referenceGroup.name': { equals: 'x' } }, { body: { exists: true } }] }, articles, fieldsOf)).toBeNull()
    expect(whereProblem({ unknownField: { near: '1,2' } }, articles, fieldsOf)).toBeNull()
  })

  it('refuses operators the field cannot take, and any query on a join', () => {
    expect(whereProblem({ body: { like: 'x' } }, articles, fieldsOf)).toMatch(/"like".*"body"/)
    expect(whereProblem({ title: { near: '1,2' } }, articles, fieldsOf)).toMatch(/"near".*"title"/)
    expect(whereProblem({ and: [{ appearsIn: { exists: true } }] }, articles, fieldsOf)).toMatch(/"exists".*"appearsIn"/)
    // Through a join to a field of the joined collection: as impossible as the join itself.
    expect(whereProblem({ 'appearsIn.slug': { equals: 'x' } }, articles, fieldsOf)).toMatch(/"equals".*"appearsIn.slug"/)
  })

  it('refuses sorting on a join or on rich text', () => {
    expect(sortProblem('-updatedAt,title', articles, fieldsOf)).toBeNull()
    expect(sortProblem('appearsIn', articles, fieldsOf)).toMatch(/sortera på fältet "appearsIn"/)
    expect(sortProblem('appearsIn.title', articles, fieldsOf)).toMatch(/sortera på fältet "appearsIn.title"/)
    expect(sortProblem(['-body'], articles, fieldsOf)).toMatch(/"body"/)
  })
})

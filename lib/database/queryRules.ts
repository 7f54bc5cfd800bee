/**
 * What a query from outside may ask of a field, by its type. Payload checks that a `where` or a
 * `sort` names fields the reader may see, but not that the operator makes sense for the field:
 * `like` on rich text, `near` on a title, or anything on a join field reaches the PostgreSQL adapter
 * as SQL it cannot run, and the answer is a 500. These rules turn such a query into a 400 first.
 * Values of the wrong kind (a word where an id belongs, a number past its range) are left to
 * PostgreSQL, whose refusal lib/database/badInput.ts answers with a 400 of its own.
 */

/** The part of Payload's flattened field config these rules read. */
export type QueryField = {
  name: string
  type: string
  flattenedFields?: QueryField[]
  relationTo?: string | string[]
}

type FieldsOf = (collection: string) => QueryField[] | undefined

const COMPARE = ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT = [...COMPARE, 'like', 'not_like', 'contains', 'all']

const OPERATORS_BY_TYPE: Record<string, readonly string[]> = {
  text: TEXT,
  textarea: TEXT,
  email: TEXT,
  code: TEXT,
  select: [...COMPARE, 'all'],
  radio: COMPARE,
  number: COMPARE,
  date: COMPARE,
  checkbox: ['equals', 'not_equals', 'exists', 'in', 'not_in'],
  relationship: [...COMPARE, 'all'],
  upload: [...COMPARE, 'all'],
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
  // Stored as JSON: only whether there is any.
  richText: ['exists'],
  json: ['exists'],
}

/** Sorting works on a column of its own; not on JSON, sub-tables or a join. */
const UNSORTABLE = new Set(['richText', 'json', 'join', 'array', 'blocks', 'group', 'point'])

/** The field a dotted path ends in, through groups, arrays and single relations; undefined if unknown. */
export function resolveField(path: string, fields: QueryField[], fieldsOf: FieldsOf): QueryField | undefined {
  let current: QueryField[] | undefined = fields
  const segments = path.split('.')
  for (let index = 0; index < segments.length; index++) {
    const field: QueryField | undefined = current?.find((f) => f.name === segments[index])
    if (!field || index === segments.length - 1) return field
    if (field.flattenedFields) current = field.flattenedFields
    else if (typeof field.relationTo === 'string') current = fieldsOf(field.relationTo)
    // Deeper into JSON (rich text), or through a join (nothing can be asked there): the path ends
    // at it, and its rules answer. Anything else Payload resolves itself.
    else return field.type === 'richText' || field.type === 'json' || field.type === 'join' ? field : undefined
  }
  return undefined
}

const message = (path: string, operator: string) => `Ogiltig fråga: "${operator}" går inte att använda på fältet "${path}".`

/** The first operator in the `where` that its field cannot take, as a message; null when none. */
export function whereProblem(where: unknown, fields: QueryField[], fieldsOf: FieldsOf): string | null {
  if (typeof where !== 'object' || where === null) return null
  for (const [key, constraint] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(constraint)) {
      for (const part of constraint) {
        const problem = whereProblem(part, fields, fieldsOf)
        if (problem) return problem
      }
      continue
    }
    const field = resolveField(key, fields, fieldsOf)
    if (!field || typeof constraint !== 'object' || constraint === null) continue
    const allowed = OPERATORS_BY_TYPE[field.type] ?? []
    const refused = Object.keys(constraint).find((operator) => !allowed.includes(operator))
    if (refused) return message(key, refused)
  }
  return null
}

/** A sort on a field that cannot be sorted by, as a message; null when the sort is fine. */
export function sortProblem(sort: unknown, fields: QueryField[], fieldsOf: FieldsOf): string | null {
  const keys = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  for (const raw of keys) {
    if (typeof raw !== 'string') continue
    const path = raw.trim().replace(/^-/, '')
    const field = path ? resolveField(path, fields, fieldsOf) : undefined
    if (field && UNSORTABLE.has(field.type)) return `Ogiltig fråga: det går inte att sortera på fältet "${path}".`
  }
  return null
}

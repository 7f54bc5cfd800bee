/**
 * URL slugs from Swedish titles: lower case, å/ä → a, ö → o, é → e (and other accents dropped),
 * everything else that is not a letter or digit becomes a single hyphen.
 */
const SPECIAL: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe', ð: 'd', þ: 'th', ł: 'l' }

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 80

export function slugify(input: string): string {
  const folded = input
    .toLowerCase()
    .replace(/[æøßœðþł]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length <= SLUG_MAX_LENGTH) return slug
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, SLUG_MAX_LENGTH)
}

/** A Swedish message when the slug cannot be used as is, otherwise true. */
export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return 'Ange en adress (slug), till exempel "miljomalsdagarna-2021".'
  if (value.length > SLUG_MAX_LENGTH) return `Adressen får vara högst ${SLUG_MAX_LENGTH} tecken.`
  if (!SLUG_PATTERN.test(value)) {
    return 'Adressen får bara innehålla gemena bokstäver a–z, siffror och bindestreck (inte först eller sist), till exempel "nytt-fran-rus".'
  }
  return true
}

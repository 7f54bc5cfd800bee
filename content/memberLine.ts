type MemberLike = { name: string; title?: string | null; county?: string | null; organisation?: string | null }

/**
 * A member as the newsletter writes one: "Marie-Helene Bergstrand, miljömålssamordnare i Halland
 * (sammankallande)", "Magnus Eriksson, verksamhetsledare RUS". The county, when known, says
 * where; otherwise the organisation does.
 */
export function memberDescription(member: MemberLike): string {
  const where = member.county ? `i ${member.county}` : (member.organisation ?? '')
  return [member.title, where].filter(Boolean).join(' ')
}

export function memberLine(member: MemberLike, isConvener = false): string {
  const description = memberDescription(member)
  return `${member.name}${description ? `, ${description}` : ''}${isConvener ? ' (sammankallande)' : ''}`
}

import type { LinkView } from '@/content/types'

/** "Läs mer" links; one whose address may not be followed shows its label alone. */
export function ReadMoreLinks({ links }: { links: LinkView[] }) {
  if (links.length === 0) return null
  return (
    <ul className="mt-6 space-y-2 border-l-4 border-line pl-4">
      {links.map((link) => (
        <li key={`${link.label}-${link.url}`}>
          {link.url ? <a href={link.url}>{link.label}</a> : link.label}
        </li>
      ))}
    </ul>
  )
}

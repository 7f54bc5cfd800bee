import type { LinkView } from '@/lib/content/types'
import { safeHref } from '@/lib/safeUrl'

export function ReadMoreLinks({ links }: { links: LinkView[] }) {
  const safe = links.flatMap((link) => {
    const href = safeHref(link.url)
    return href ? [{ ...link, href }] : []
  })
  if (safe.length === 0) return null
  return (
    <ul className="mt-6 space-y-2 border-l-4 border-line pl-4">
      {safe.map((link) => (
        <li key={`${link.label}-${link.href}`}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  )
}

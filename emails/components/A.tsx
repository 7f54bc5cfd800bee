import { Link } from '@react-email/components'
import type { ReactNode } from 'react'

import { look } from '../styles'

/** A link in the e-mail's link colour, always underlined so it is not told apart by colour alone. */
export function A({ href, children }: { href: string; children: ReactNode }) {
  // An in-page #fragment (web version) jumps within the page; everything else opens a new tab.
  return (
    <Link href={href} target={href.startsWith('#') ? '_self' : '_blank'} {...look('link')}>
      {children}
    </Link>
  )
}

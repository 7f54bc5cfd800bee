import { Text } from '@react-email/components'
import type { CSSProperties } from 'react'

import { look, styles } from '../styles'

import { A } from './A'

/** A link on a line of its own ("Läs mer på webben"); without a usable href, just its text. */
export function LinkLine({ href, label, style = styles.p }: { href: string | null; label: string; style?: CSSProperties }) {
  return (
    <Text style={style} className={look('p').className}>
      {href ? <A href={href}>{label}</A> : label}
    </Text>
  )
}

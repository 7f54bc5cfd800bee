/** The return fixtures (fixtureText.ts) for a tag of this server's (signed with its secret). */
import { returnTag, type ReturnTag } from '@/lib/mail/returnPath'

import { fixtureText } from './fixtureText'

export const fixture = (name: string, fill: { tag: ReturnTag; address: string }): Buffer => fixtureText(name, { token: returnTag(fill.tag), address: fill.address })

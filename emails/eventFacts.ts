import { describeWhen, describeWhere } from '@/content/eventWhen'
import type { EventView } from '@/content/types'

import { COPY } from './copy'

/**
 * The short facts under an event's heading: ["När: 5–6 maj 2021", "Var: Digitalt",
 * "Tema: Livsmedel"]. Date and place are worded exactly as on the site's event pages.
 */
export function eventFacts(event: EventView): string[] {
  const facts = [`${COPY.when} ${describeWhen(event)}`, `${COPY.where} ${describeWhere(event)}`]
  return event.theme ? [...facts, `${COPY.theme} ${event.theme}`] : facts
}

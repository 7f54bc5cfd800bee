/**
 * The messages about a subscription, as { subject, html, text }: the confirmation link after a
 * sign-up, the note to an address that is already subscribed (sent instead, so the sign-up form
 * answers the same for everyone), and a subscriber's own unsubscribe link on request.
 */
import { render } from '@react-email/components'
import { createElement } from 'react'


import { ServiceEmail, type ServiceEmailProps } from './ServiceEmail'

export type ServiceMessage = { subject: string; html: string; text: string }

export async function composeServiceMessage(subject: string, props: ServiceEmailProps): Promise<ServiceMessage> {
  const html = `<!DOCTYPE html>${(await render(createElement(ServiceEmail, props))).replace(/^<!DOCTYPE[^>]*>/i, '')}`
  const lines = [props.heading, '', ...props.paragraphs.flatMap((p) => [p, ''])]
  if (props.action) lines.push(`${props.action.label}:`, props.action.href, '')
  lines.push(...(props.after ?? []).flatMap((p) => [p, '']), '-- ', props.newsletterName)
  return { subject, html, text: `${lines.join('\n').trim()}\n` }
}

const listSentence = (lists: string[]): string =>
  lists.length <= 1 ? (lists[0] ?? '') : `${lists.slice(0, -1).join(', ')} och ${lists.at(-1)}`

type Common = { newsletterName: string; privacyUrl: string }

export const confirmationMessage = ({ newsletterName, privacyUrl, lists, confirmUrl, validDays }: Common & { lists: string[]; confirmUrl: string; validDays: number }) =>
  composeServiceMessage(`Bekräfta din prenumeration på ${newsletterName}`, {
    newsletterName,
    heading: 'Bekräfta din prenumeration',
    paragraphs: [
      `Någon, förhoppningsvis du, har anmält den här adressen till ${newsletterName}: ${listSentence(lists)}.`,
      'Du får inga utskick förrän du har bekräftat.',
    ],
    action: { label: 'Bekräfta prenumerationen', href: confirmUrl },
    after: [
      `Länken gäller i ${validDays} dagar. Om du inte har anmält dig kan du strunta i det här mejlet; adressen tas då bort av sig själv.`,
      `Så hanterar vi personuppgifter: ${privacyUrl}`,
    ],
  })

export const alreadySubscribedMessage = ({ newsletterName, privacyUrl, lists, unsubscribeUrl }: Common & { lists: string[]; unsubscribeUrl: string }) =>
  composeServiceMessage(`Du prenumererar redan på ${newsletterName}`, {
    newsletterName,
    heading: 'Du prenumererar redan',
    paragraphs: [
      `Någon, förhoppningsvis du, ville anmäla den här adressen till ${newsletterName}: ${listSentence(lists)}. Adressen finns redan där, så inget har ändrats.`,
    ],
    action: { label: 'Avregistrera mig', href: unsubscribeUrl },
    after: ['Vill du fortsätta få nyhetsbrevet behöver du inte göra något.', `Så hanterar vi personuppgifter: ${privacyUrl}`],
  })

export const unsubscribeLinkMessage = ({ newsletterName, privacyUrl, unsubscribeUrl }: Common & { unsubscribeUrl: string }) =>
  composeServiceMessage(`Din länk för att avregistrera dig från ${newsletterName}`, {
    newsletterName,
    heading: 'Avregistrera dig',
    paragraphs: [`Någon, förhoppningsvis du, bad om en länk för att sluta få ${newsletterName} till den här adressen.`],
    action: { label: 'Avregistrera mig', href: unsubscribeUrl },
    after: ['Vill du fortsätta få nyhetsbrevet behöver du inte göra något.', `Så hanterar vi personuppgifter: ${privacyUrl}`],
  })

/**
 * The mail of the second pair of eyes, to staff: a request for approval to the publishers, and the
 * decision back to the editor who asked. Each names the issue and links to its form in the admin.
 */
import { composeServiceMessage, type ServiceMessage } from './messages'

type Common = { newsletterName: string; issueTitle: string; issueUrl: string; note: string | null }

const quoted = (label: string, note: string | null): string[] => (note ? [`${label}: ”${note}”`] : [])

export const approvalRequestedMessage = ({ newsletterName, issueTitle, issueUrl, note, requestedBy }: Common & { requestedBy: string }): Promise<ServiceMessage> =>
  composeServiceMessage(`Godkännande begärt: ${issueTitle}`, {
    newsletterName,
    heading: 'Ett nummer väntar på ditt godkännande',
    paragraphs: [`${requestedBy} ber dig som ansvarig utgivare att granska och godkänna ”${issueTitle}” innan det skickas.`, ...quoted('Anteckning', note)],
    action: { label: 'Öppna numret', href: issueUrl },
    after: [issueUrl, 'Godkänn, skicka eller skicka tillbaka med en kommentar i numrets Skicka-ruta.'],
  })

export const approvalDecidedMessage = ({ newsletterName, issueTitle, issueUrl, note, decidedBy, approved }: Common & { decidedBy: string; approved: boolean }): Promise<ServiceMessage> =>
  composeServiceMessage(approved ? `Godkänt: ${issueTitle}` : `Skickat tillbaka: ${issueTitle}`, {
    newsletterName,
    heading: approved ? 'Numret är godkänt' : 'Numret behöver ändras',
    paragraphs: [
      approved ? `${decidedBy} har godkänt ”${issueTitle}”.` : `${decidedBy} har skickat tillbaka ”${issueTitle}” för ändring.`,
      ...quoted(approved ? 'Anteckning' : 'Det här behöver ändras', note),
    ],
    action: { label: 'Öppna numret', href: issueUrl },
    after: [issueUrl],
  })

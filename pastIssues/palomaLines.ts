/**
 * What the sending tool (Paloma) writes into every issue by itself, never the editor's words:
 * left out of the draft. The footer's two lines the editor did write are kept as the footer.
 */
const TOOL_LINES = [
  /^klicka här för att läsa .*webbläsare\.?$/i,
  /^(?:visa|läs|öppna) (?:nyhetsbrevet |detta nyhetsbrev |det här nyhetsbrevet )?i (?:din )?webbläsare\.?$/i,
  /^har du (?:svårt|problem) att läsa .*$/i,
  /^klicka här för att avregistrera/i,
  /^(?:avregistrera|avsluta prenumeration|avprenumerera)\b/i,
  /^läs hur vi hanterar dina personuppgifter/i,
  /^do not click this link$/i,
  /^skickat med paloma$/i,
  /^powered by paloma$/i,
]

export const isToolLine = (text: string): boolean => TOOL_LINES.some((pattern) => pattern.test(text.trim()))

/** The sending tool's own addresses: a reader's unsubscribe link, the web version, Paloma's trap link. */
export const isToolLink = (url: string): boolean => /paloma\.se\/(?:unsubscribe|avregistrera|webversion|trap)|[/?&](?:unsubscribe|avregistrera|optout)\b/i.test(url)

const DISTRIBUTION = /^utskicket går till\b/i
const CONTACT = /^har du frågor (?:kring|om) nyhetsbrevet\?\s*kontakta\s+(.+?)\.?$/i

/** Where the footer begins: the distribution note or the contact line. */
export const isFooterStart = (text: string): boolean => DISTRIBUTION.test(text) || CONTACT.test(text)

export function footerOf(lines: string[]): { distributionNote?: string; contactName?: string } {
  const distributionNote = lines.find((l) => DISTRIBUTION.test(l))
  const contactName = lines.map((l) => CONTACT.exec(l)?.[1]).find(Boolean)
  return { ...(distributionNote ? { distributionNote } : {}), ...(contactName ? { contactName } : {}) }
}

/** "Detta tar nyhetsbrevet bland annat upp:", "I detta nummer:", "Innehåll:" — the table of contents begins. */
export const isContentsHeader = (text: string): boolean =>
  /^(?:detta tar (?:nyhetsbrevet|numret)\b.*|i (?:detta|det här) (?:nummer|nyhetsbrev)\b.*|innehåll|i nyhetsbrevet\b.*|i korthet)\s*:?$/i.test(text.trim())

/**
 * The words the template itself writes (not the editors), shared by the HTML and the plain-text
 * version so the two always say the same. Most come verbatim from the March 2021 e-mail.
 */
export const COPY = {
  highlightsIntro: 'Detta tar nyhetsbrevet bland annat upp:',
  openInBrowser: 'Klicka här för att läsa nyhetsbrevet i din webbläsare',
  photo: 'Foto:',
  replyTo: 'Svar önskas till:',
  replyBy: 'senast',
  memberListIntro: 'Vi som idag ingår i referensgruppen är:',
  when: 'När:',
  where: 'Var:',
  theme: 'Tema:',
  questions: 'Har du frågor kring nyhetsbrevet? Kontakta',
  privacy: 'Läs hur vi hanterar dina personuppgifter här',
  unsubscribe: 'Klicka här för att avregistrera din adress',
} as const

/**
 * "Läs mer på webben om Miljömålsdagarna 2021": each item's link says which item, so a screen
 * reader listing the links can tell nine of them apart.
 */
export const readOnWeb = (title: string): string => `Läs mer på webben om ${title}`

/** The "Rättelser" box of a corrected issue (emails/components/Corrections.tsx and the text). */
export const CORRECTIONS_COPY = {
  heading: 'Rättelser',
  intro: (sentOn: string) => `Det här nyhetsbrevet skickades ${sentOn} och har rättats i efterhand:`,
  entry: (on: string, note: string) => `${on}: ${note}`,
  firstCopy: 'Läs nyhetsbrevet så som det först skickades',
} as const

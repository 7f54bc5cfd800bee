/**
 * Where the newsletter points readers. The e-mail's own link targets are lost, so every link
 * goes to the home page of the site the text names — never to a guessed deep address.
 */
export const SITES = {
  sverigesMiljomal: 'https://www.sverigesmiljomal.se/',
  rus: 'https://www.rus.se/',
  lansstyrelsen: 'https://www.lansstyrelsen.se/',
  naturvardsverket: 'https://www.naturvardsverket.se/',
  sei: 'https://www.sei.org/',
  ivl: 'https://www.ivl.se/',
  atgardswebbenMail: 'mailto:atgardswebben.forvaltning@lansstyrelsen.se',
} as const

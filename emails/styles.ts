import type { CSSProperties } from 'react'

/**
 * The e-mail's whole look, as inline styles (many clients drop <style> blocks). Calm and light:
 * dark blue-grey text on white, underlined links, one system font. Every colour pair here has a
 * contrast of at least 4.5:1 against white (checked in emailSafety.test.ts).
 */
export const COLORS = {
  text: '#1c2b36',
  link: '#0b5577',
  muted: '#4a5a66',
  rule: '#c9d3d9',
  boxBorder: '#9fb8c4',
  boxBackground: '#eef4f7',
  background: '#ffffff',
} as const

/**
 * Dark mode, for the clients that ask (prefers-color-scheme: Apple Mail, iOS, Outlook for Mac,
 * Thunderbird; Outlook.com and the Outlook apps by their data-ogsc/data-ogsb attributes): the same
 * calm look inverted, every text colour again at 4.5:1 or better on its background
 * (emailSafety.test.ts). Clients that invert colours themselves (Gmail) leave these alone.
 */
export const DARK_COLORS = {
  text: '#e3ebf0',
  link: '#8fcfee',
  muted: '#b4c3cc',
  rule: '#41606f',
  boxBorder: '#57798a',
  boxBackground: '#172b35',
  background: '#0e1b22',
} as const

export const FONT = 'Arial,Helvetica,sans-serif'

/** Widest content: 600px minus the 24px padding on either side; images are scaled to fit it. */
export const MAX_WIDTH = 600
export const CONTENT_WIDTH = 552

// Font and colour are repeated on every text element: Outlook does not inherit them into tables.
// Long addresses and URLs wrap rather than widen the message past a phone's screen.
const base: CSSProperties = { fontFamily: FONT, color: COLORS.text, overflowWrap: 'anywhere', wordBreak: 'break-word' }
const gap = (bottom: number): CSSProperties => ({ marginTop: 0, marginBottom: `${bottom}px` })

export const styles = {
  body: { backgroundColor: COLORS.background, margin: 0 },
  container: { maxWidth: `${MAX_WIDTH}px`, padding: '24px', backgroundColor: COLORS.background },
  kicker: { ...base, ...gap(4), fontSize: '14px', lineHeight: '20px', color: COLORS.muted },
  h1: { ...base, ...gap(4), fontSize: '28px', lineHeight: '34px', fontWeight: 'bold' },
  month: { ...base, ...gap(24), fontSize: '16px', lineHeight: '24px', color: COLORS.muted },
  h2: {
    ...base,
    margin: '32px 0 16px',
    paddingBottom: '6px',
    borderBottom: `1px solid ${COLORS.rule}`,
    fontSize: '18px',
    lineHeight: '24px',
    letterSpacing: '0.5px',
  },
  h3: { ...base, ...gap(8), fontSize: '20px', lineHeight: '28px', fontWeight: 'bold' },
  h4: { ...base, ...gap(8), fontSize: '16px', lineHeight: '24px', fontWeight: 'bold' },
  p: { ...base, ...gap(16), fontSize: '16px', lineHeight: '24px' },
  lead: { ...base, ...gap(16), fontSize: '17px', lineHeight: '26px' },
  small: { ...base, ...gap(12), fontSize: '14px', lineHeight: '20px', color: COLORS.muted },
  list: { ...base, ...gap(16), paddingLeft: '24px', fontSize: '16px', lineHeight: '24px' },
  listItem: { ...base, margin: '0 0 6px' },
  quote: { ...gap(16), marginLeft: 0, marginRight: 0, paddingLeft: '16px', borderLeft: `3px solid ${COLORS.rule}` },
  // react-email's Link sets text-decoration-line: none; override that longhand and set the shorthand for old clients.
  link: { color: COLORS.link, textDecorationLine: 'underline', textDecoration: 'underline' },
  item: { marginBottom: '32px' },
  // The font applies to the alt text, which is what readers see while images are blocked.
  image: { width: '100%', maxWidth: `${CONTENT_WIDTH}px`, height: 'auto', fontFamily: FONT, fontSize: '14px', color: COLORS.muted },
  box: { margin: '0 0 16px', border: `1px solid ${COLORS.boxBorder}`, backgroundColor: COLORS.boxBackground },
  boxCell: { padding: '16px 16px 0' },
  footer: { marginTop: '32px', paddingTop: '16px', borderTop: `1px solid ${COLORS.rule}` },
} satisfies Record<string, CSSProperties>

/** The class each part carries, which only the dark-mode style block (below) reads. */
const DARK_CLASS: Partial<Record<keyof typeof styles, string>> = {
  body: 'dm-bg',
  container: 'dm-bg',
  kicker: 'dm-muted',
  month: 'dm-muted',
  small: 'dm-muted',
  h1: 'dm-text',
  h2: 'dm-text dm-rule',
  h3: 'dm-text',
  h4: 'dm-text',
  p: 'dm-text',
  lead: 'dm-text',
  list: 'dm-text',
  listItem: 'dm-text',
  quote: 'dm-rule',
  link: 'dm-link',
  box: 'dm-box',
  footer: 'dm-rule',
}

/** A part's inline style, which every client reads, and its dark-mode class. */
export const look = (key: keyof typeof styles): { style: CSSProperties; className?: string } => ({ style: styles[key], className: DARK_CLASS[key] })

const dark = DARK_COLORS
const rules = (prefix: string) =>
  [
    `${prefix}.dm-bg{background-color:${dark.background}!important}`,
    `${prefix}.dm-text{color:${dark.text}!important}`,
    `${prefix}.dm-muted{color:${dark.muted}!important}`,
    `${prefix}.dm-link{color:${dark.link}!important}`,
    `${prefix}.dm-rule{border-color:${dark.rule}!important}`,
    `${prefix}.dm-box{background-color:${dark.boxBackground}!important;border-color:${dark.boxBorder}!important}`,
  ].join('')

/** The e-mail's one style block: it only turns the light look dark where the client asks for dark. */
export const DARK_MODE_CSS = `:root{color-scheme:light dark}@media (prefers-color-scheme:dark){${rules('')}}${rules('[data-ogsc] ')}`

import { CHECK_LIMITS, type CheckLine } from '@/editorial/model'

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} kB`

/** The subject line: there, and short enough for an inbox's line. */
export function subjectLine(subject: string): CheckLine {
  const { min, max } = CHECK_LIMITS.subject
  const length = subject.trim().length
  if (length === 0) return { id: 'subject', label: 'Ämnesrad', status: 'fail', detail: 'Numret har ingen rubrik, så e-posten får ingen ämnesrad.', fix: 'Skriv en rubrik.' }
  if (length > max) return { id: 'subject', label: 'Ämnesrad', status: 'warn', detail: `Ämnesraden är ${length} tecken; de flesta inkorgar visar omkring ${max}.`, fix: 'Korta rubriken.' }
  if (length < min) return { id: 'subject', label: 'Ämnesrad', status: 'warn', detail: `Ämnesraden är bara ${length} tecken.`, fix: 'Skriv en rubrik som säger vad numret handlar om.' }
  return { id: 'subject', label: 'Ämnesrad', status: 'pass', detail: `”${subject.trim()}” (${length} tecken).` }
}

/** The preheader: the line an inbox shows after the subject. */
export function preheaderLine(preheader: string): CheckLine {
  const { min, max } = CHECK_LIMITS.preheader
  const length = preheader.trim().length
  const label = 'Förhandstext'
  if (length === 0) return { id: 'preheader', label, status: 'warn', detail: 'Ingen förhandstext: inkorgen visar början av brevet i stället.', fix: 'Skriv en förhandstext (Förhandstext i numret).' }
  if (length < min || length > max) return { id: 'preheader', label, status: 'warn', detail: `Förhandstexten är ${length} tecken; ${min}–${max} syns bäst.`, fix: 'Justera förhandstexten.' }
  return { id: 'preheader', label, status: 'pass', detail: `${length} tecken.` }
}

/** The plain-text part: there for readers and filters that read no HTML. */
export function textPartLine(text: string): CheckLine {
  const length = text.trim().length
  if (length === 0) return { id: 'text', label: 'Textversion', status: 'fail', detail: 'E-posten saknar textversion.', fix: 'Kontakta den som driver webbplatsen: mallen ska alltid ge en textversion.' }
  return { id: 'text', label: 'Textversion', status: 'pass', detail: `Finns (${length.toLocaleString('sv-SE')} tecken).` }
}

/** The HTML's size against Gmail's clipping. */
export function sizeLine(html: string): CheckLine {
  const bytes = Buffer.byteLength(html, 'utf8')
  const label = 'Storlek'
  if (bytes > CHECK_LIMITS.clipBytes) {
    return { id: 'size', label, status: 'fail', detail: `E-posten är ${kb(bytes)}; Gmail klipper allt efter 102 kB och döljer resten.`, fix: 'Korta texterna eller flytta artiklar till nästa nummer.' }
  }
  if (bytes > CHECK_LIMITS.warnBytes) return { id: 'size', label, status: 'warn', detail: `E-posten är ${kb(bytes)}, nära Gmails gräns på 102 kB.`, fix: 'Korta gärna texterna.' }
  return { id: 'size', label, status: 'pass', detail: `${kb(bytes)} (Gmail klipper vid 102 kB).` }
}

/** All images together. */
export function imagesLine(images: { src: string; bytes: number | null }[]): CheckLine {
  const label = 'Bildvikt'
  const known = images.filter((i) => i.bytes !== null)
  const total = known.reduce((sum, i) => sum + (i.bytes ?? 0), 0)
  const unknown = images.length - known.length
  const note = unknown > 0 ? ` (${unknown} bild${unknown === 1 ? '' : 'er'} gick inte att mäta)` : ''
  if (total > CHECK_LIMITS.imageBytes) return { id: 'images', label, status: 'warn', detail: `Bilderna väger ${kb(total)} tillsammans${note}.`, fix: 'Använd färre eller mindre bilder.', items: known.map((i) => `${i.src}: ${kb(i.bytes ?? 0)}`) }
  return { id: 'images', label, status: 'pass', detail: images.length === 0 ? 'Inga bilder.' : `${images.length} bild${images.length === 1 ? '' : 'er'}, ${kb(total)} tillsammans${note}.` }
}

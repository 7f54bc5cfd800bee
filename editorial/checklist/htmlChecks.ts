import { doIUseEmail } from '@jsx-email/doiuse-email'
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'

import { imageProblem, linkTextProblem } from '@/content/accessibilityCheck'

import type { CheckLine } from '@/editorial/model'

/** What the checks need from the rendered e-mail: its links and images (parse5, never a pattern over markup). */
export type Parts = { links: { href: string; text: string }[]; images: { src: string; alt: string | null }[] }

const textOf = (node: T.ChildNode): string => (node.nodeName === '#text' ? (node as T.TextNode).value : 'childNodes' in node ? (node as T.Element).childNodes.map(textOf).join('') : '')
const attr = (node: T.Element, name: string) => node.attrs.find((a) => a.name === name)?.value

export function partsOf(html: string): Parts {
  const parts: Parts = { links: [], images: [] }
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      const element = child as T.Element
      if (element.tagName === 'a' && attr(element, 'href')) parts.links.push({ href: (attr(element, 'href') ?? '').trim(), text: textOf(element).replace(/\s+/g, ' ').trim() })
      if (element.tagName === 'img') parts.images.push({ src: attr(element, 'src') ?? '', alt: attr(element, 'alt') ?? null })
      walk(element)
    }
  }
  walk(parse(html))
  return parts
}

/**
 * The accessibility check that already exists (content/accessibilityCheck.ts), on the e-mail as it
 * will go out: every link's text and every image's alternative text (an empty alt is a decoration).
 */
export function accessibilityLine(parts: Parts): CheckLine {
  const problems = [
    ...parts.links.flatMap((l) => (l.href.startsWith('mailto:') ? [] : [linkTextProblem(l.text)].filter((p): p is string => p !== null))),
    ...parts.images.flatMap((i) => (i.alt === '' ? [] : [imageProblem({ alt: i.alt, filename: i.src.split('/').pop() ?? '' })].filter((p): p is string => p !== null))),
  ]
  const unique = [...new Set(problems)]
  if (unique.length === 0) return { id: 'accessibility', label: 'Tillgänglighet', status: 'pass', detail: `${parts.links.length} länkar och ${parts.images.length} bilder utan anmärkning.` }
  return { id: 'accessibility', label: 'Tillgänglighet', status: 'warn', detail: `${unique.length} sak${unique.length === 1 ? '' : 'er'} att rätta.`, fix: 'Rätta texten i artikeln eller bilden det gäller.', items: unique }
}

/** The mail programs most readers use: what of the e-mail's CSS they do not support (caniemail's data). */
const CLIENTS = ['gmail.*', 'outlook.*', 'apple-mail.*', 'yahoo.*']

export function cssLine(html: string): CheckLine {
  let errors: string[]
  try {
    const result = doIUseEmail(html, { emailClients: CLIENTS })
    errors = result.success ? [] : result.errors
  } catch {
    // caniemail's data has gaps (a feature without an entry for a client): said, not thrown.
    return { id: 'css', label: 'CSS i e-postprogram', status: 'warn', detail: 'CSS-kontrollen kunde inte köras på det här brevet.', fix: 'Kontrollera brevet i ett provutskick.' }
  }
  // "`x` is not supported by `gmail.desktop-webmail`" → one line per feature, with its clients.
  const byFeature = new Map<string, string[]>()
  for (const error of errors) {
    const [, feature = error, client = ''] = /^`(.+?)` is not supported by `(.+?)`/.exec(error) ?? []
    byFeature.set(feature, [...(byFeature.get(feature) ?? []), client])
  }
  if (byFeature.size === 0) return { id: 'css', label: 'CSS i e-postprogram', status: 'pass', detail: 'Allt stöds av Gmail, Outlook, Apple Mail och Yahoo.' }
  return {
    id: 'css',
    label: 'CSS i e-postprogram',
    status: 'warn',
    detail: `${byFeature.size} sak${byFeature.size === 1 ? '' : 'er'} i e-postens CSS stöds inte överallt; brevet kan se annorlunda ut där.`,
    fix: 'Mallen styrs av den som driver webbplatsen; kontrollera brevet i ett provutskick.',
    items: [...byFeature].slice(0, 12).map(([feature, clients]) => `${feature}: ${[...new Set(clients.map((c) => c.split('.')[0]))].join(', ')}`),
  }
}

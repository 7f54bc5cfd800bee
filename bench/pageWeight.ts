/**
 * What a first visit downloads, as the server sends it to a browser that accepts gzip: the HTML,
 * its stylesheets and its scripts (every `<script src>` but `nomodule` ones, which modern browsers
 * skip), and how much of it is JavaScript, inline scripts included (gzipped together, as they travel
 * inside the HTML). Fonts and images are left out; Lighthouse's total byte weight has them.
 */
import http from 'node:http'
import { gunzipSync, gzipSync } from 'node:zlib'

import { ARTICLE } from './pages'

/** The only script a reader's page may load: the article's copy-link button (a few hundred bytes). */
const ALLOWED_JS: Record<string, number> = { [ARTICLE]: 1024 }

export type PageWeight = {
  path: string
  /** HTML + CSS + external scripts, in bytes on the wire. */
  transferred: number
  html: number
  css: number
  /** External scripts on the wire plus the inline scripts gzipped. */
  js: number
  inlineJs: number
  scripts: number
  /** Anything over 1 KB the server sent without gzip (counted as sent; smaller files are never gzipped). */
  notGzipped: string[]
}

type Fetched = { wire: number; gzipped: boolean; body: Buffer }

function fetchWire(url: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode}`))
          const raw = Buffer.concat(chunks)
          const gzipped = response.headers['content-encoding'] === 'gzip'
          resolve({ wire: raw.length, gzipped, body: gzipped ? gunzipSync(raw) : raw })
        })
      })
      .on('error', reject)
  })
}

const EXECUTABLE_TYPES = ['', 'text/javascript', 'application/javascript', 'module']

function parseAssets(html: string) {
  const external = new Set<string>()
  const inline: string[] = []
  for (const [, attributes = '', content = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase() ?? ''
    if (!EXECUTABLE_TYPES.includes(type) || /\bnomodule\b/i.test(attributes)) continue
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1]
    if (src) external.add(src)
    else if (content.trim()) inline.push(content)
  }
  const css = new Set([...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi)].map(([tag]) => /\bhref="([^"]+)"/i.exec(tag)?.[1] ?? ''))
  css.delete('')
  return { external: [...external], inline, css: [...css] }
}

async function weigh(origin: string, path: string): Promise<PageWeight> {
  const page = await fetchWire(origin + path)
  const { external, inline, css } = parseAssets(page.body.toString('utf8'))
  const notGzipped = page.gzipped ? [] : [path]
  const sum = async (urls: string[]) => {
    let total = 0
    for (const url of urls) {
      const asset = await fetchWire(new URL(url, origin + path).href)
      if (!asset.gzipped && asset.wire > 1024) notGzipped.push(url)
      total += asset.wire
    }
    return total
  }
  const cssBytes = await sum(css)
  const externalJs = await sum(external)
  const inlineJs = inline.length ? gzipSync(inline.join('\n')).length : 0
  const scripts = external.length + inline.length
  return { path, transferred: page.wire + cssBytes + externalJs, html: page.wire, css: cssBytes, js: externalJs + inlineJs, inlineJs, scripts, notGzipped }
}

export async function measurePageWeight(origin: string, paths: string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = []
  for (const path of paths) weights.push(await weigh(origin, path))
  // Readers' pages are plain HTML (site/): a script beyond the allowed one is a regression.
  for (const weight of weights) {
    const allowed = ALLOWED_JS[weight.path] ?? 0
    if (weight.inlineJs > 0 || weight.js > allowed) {
      throw new Error(`${weight.path} must carry at most ${allowed} bytes of JavaScript and no inline script, but has ${weight.js} bytes in ${weight.scripts} script(s).`)
    }
  }
  return weights
}

import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

/**
 * The one rule for the server asking another server for something an editor named (a web
 * version to import, a photo, a link to check): https only, public addresses only — checked where
 * the socket connects, for every redirect — no cookies or credentials, a size and a time limit.
 */
export class FetchRefused extends Error {}

const INTERNAL = 'Adressen leder till ett internt nätverk och hämtas inte.'

/** An address on the public internet: never loopback, a private network, link-local, multicast or reserved. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  return parsed.range() === 'unicast'
}

export type FetchRules = {
  /** Which addresses may be connected to (tests widen it to their own server; nothing else does). */
  allowAddress?: (address: string) => boolean
  /** Plain http (only the tests' own server). */
  allowHttp?: boolean
}

/**
 * The address is checked in the lookup the socket itself uses, so a name that answers
 * differently the second time (DNS rebinding) is checked on what it really connects to.
 */
const checkedLookup =
  (allow: (address: string) => boolean): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4)
      if (addresses.length === 0 || addresses.some((a) => !allow(a.address))) return callback(new FetchRefused(INTERNAL), '', 4)
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      const [first] = addresses
      return callback(null, first?.address ?? '', first?.family ?? 4)
    })
  }

function send(url: URL, method: 'GET' | 'HEAD', rules: Required<FetchRules>, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const literal = url.hostname.replace(/^\[|\]$/g, '')
    if (ipaddr.isValid(literal) && !rules.allowAddress(literal)) return reject(new FetchRefused(INTERNAL))
    const client = url.protocol === 'https:' ? https : http
    const request = client.request(url, { method, lookup: checkedLookup(rules.allowAddress), signal, headers: { 'User-Agent': 'Nytt-fran-RUS', Accept: '*/*' }, agent: false }, resolve)
    request.on('error', reject)
    request.end()
  })
}

export type SafeFetchOptions = {
  method?: 'GET' | 'HEAD'
  /** The content types taken (a GET): anything else is refused with `acceptLabel`. */
  accept?: RegExp
  acceptLabel?: string
  maxBytes: number
  timeoutMs: number
  maxRedirects?: number
  rules?: FetchRules
}

export type Fetched = { url: string; status: number; bytes: Uint8Array; contentType: string }

/** Follows redirects under the rules; a GET's body is read up to `maxBytes`. Non-2xx answers are returned, not thrown. */
export async function safeFetch(address: string, options: SafeFetchOptions): Promise<Fetched> {
  const { method = 'GET', accept, acceptLabel = 'det som efterfrågades', maxBytes, timeoutMs, maxRedirects = 5, rules: given = {} } = options
  const rules: Required<FetchRules> = { allowAddress: given.allowAddress ?? isPublicAddress, allowHttp: given.allowHttp ?? false }
  const signal = AbortSignal.timeout(timeoutMs)
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    throw new FetchRefused('Det är inte en webbadress.')
  }
  for (let hop = 0; hop <= maxRedirects; hop++) {
    if (url.protocol !== 'https:' && !(rules.allowHttp && url.protocol === 'http:')) throw new FetchRefused('Bara https-adresser hämtas.')
    if (url.username || url.password) throw new FetchRefused('Adressen får inte innehålla användarnamn eller lösenord.')
    let response: http.IncomingMessage
    try {
      response = await send(url, method, rules, signal)
    } catch (error) {
      if (error instanceof FetchRefused) throw error
      throw new FetchRefused(signal.aborted ? `Sidan svarade inte inom ${timeoutMs / 1000} sekunder.` : 'Sidan gick inte att nå.')
    }
    const status = response.statusCode ?? 0
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume()
      try {
        url = new URL(response.headers.location, url)
      } catch {
        throw new FetchRefused('Sidan skickar vidare till en ogiltig adress.')
      }
      continue
    }
    const contentType = response.headers['content-type'] ?? ''
    if (method === 'HEAD' || status < 200 || status >= 300) {
      response.resume()
      return { url: url.toString(), status, bytes: new Uint8Array(), contentType }
    }
    if (accept && !accept.test(contentType)) {
      response.resume()
      throw new FetchRefused(`Sidan är inte ${acceptLabel}.`)
    }
    return { url: url.toString(), status, bytes: await readCapped(response, signal, maxBytes, timeoutMs), contentType }
  }
  throw new FetchRefused(`Sidan skickar vidare mer än ${maxRedirects} gånger.`)
}

async function readCapped(response: http.IncomingMessage, signal: AbortSignal, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const tooLarge = () => new FetchRefused(`Sidan är större än ${maxBytes / 1024 / 1024} MB.`)
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of response) {
      size += (chunk as Buffer).byteLength
      if (size > maxBytes) {
        response.destroy()
        throw tooLarge()
      }
      chunks.push(chunk as Buffer)
    }
  } catch (error) {
    if (error instanceof FetchRefused) throw error
    throw new FetchRefused(signal.aborted ? `Sidan svarade inte inom ${timeoutMs / 1000} sekunder.` : 'Sidan gick inte att nå.')
  }
  return Buffer.concat(chunks)
}

import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

import { LIMITS } from './model'
import type { Source } from './readSource'

export class FetchRefused extends Error {}

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
 * The address is checked where the connection is made — in the lookup the socket itself uses —
 * so a name that answers differently the second time (DNS rebinding) is checked on what it
 * really connects to, not on an earlier answer.
 */
const checkedLookup =
  (allow: (address: string) => boolean): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4)
      const refused = addresses.find((a) => !allow(a.address))
      if (refused || addresses.length === 0) return callback(new FetchRefused('Adressen leder till ett internt nätverk och hämtas inte.'), '', 4)
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      const [first] = addresses
      return callback(null, first?.address ?? '', first?.family ?? 4)
    })
  }

function get(url: URL, rules: Required<FetchRules>, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (ipaddr.isValid(url.hostname.replace(/^\[|\]$/g, '')) && !rules.allowAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
      return reject(new FetchRefused('Adressen leder till ett internt nätverk och hämtas inte.'))
    }
    const client = url.protocol === 'https:' ? https : http
    const request = client.get(url, { lookup: checkedLookup(rules.allowAddress), signal, headers: { 'User-Agent': 'Nytt-fran-RUS-import', Accept: 'text/html, text/plain' }, agent: false }, resolve)
    request.on('error', reject)
  })
}

export type Fetched = { url: string; bytes: Uint8Array; contentType: string }

/**
 * A resource by its address, fetched by the server under strict rules: https only, public
 * addresses only (each redirect checked again), no cookies or credentials, a size and a time
 * limit, and only the content types asked for.
 */
export async function safeFetch(address: string, { accept, acceptLabel, maxBytes, rules: given = {} }: { accept: RegExp; acceptLabel: string; maxBytes: number; rules?: FetchRules }): Promise<Fetched> {
  const rules: Required<FetchRules> = { allowAddress: given.allowAddress ?? isPublicAddress, allowHttp: given.allowHttp ?? false }
  const signal = AbortSignal.timeout(LIMITS.fetchMs)
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    throw new FetchRefused('Det är inte en webbadress.')
  }
  for (let hop = 0; hop <= LIMITS.fetchRedirects; hop++) {
    if (url.protocol !== 'https:' && !(rules.allowHttp && url.protocol === 'http:')) throw new FetchRefused('Bara https-adresser hämtas.')
    if (url.username || url.password) throw new FetchRefused('Adressen får inte innehålla användarnamn eller lösenord.')
    let response: http.IncomingMessage
    try {
      response = await get(url, rules, signal)
    } catch (error) {
      if (error instanceof FetchRefused) throw error
      throw new FetchRefused(signal.aborted ? `Sidan svarade inte inom ${LIMITS.fetchMs / 1000} sekunder.` : 'Sidan gick inte att hämta.')
    }
    const status = response.statusCode ?? 0
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume()
      url = new URL(response.headers.location, url)
      continue
    }
    if (status !== 200) {
      response.resume()
      throw new FetchRefused(`Sidan svarade ${status}.`)
    }
    const contentType = response.headers['content-type'] ?? ''
    if (!accept.test(contentType)) {
      response.resume()
      throw new FetchRefused(`Sidan är inte ${acceptLabel}.`)
    }
    return { url: url.toString(), bytes: await readCapped(response, signal, maxBytes), contentType }
  }
  throw new FetchRefused(`Sidan skickar vidare mer än ${LIMITS.fetchRedirects} gånger.`)
}

/** A web version by its address (https, public, 5 MB, 20 s). */
export async function fetchWebVersion(address: string, rules: FetchRules = {}): Promise<Source> {
  const fetched = await safeFetch(address, { accept: /^text\/(?:html|plain)\b/i, acceptLabel: 'en webbsida (text/html)', maxBytes: LIMITS.fetchBytes, rules })
  return { name: fetched.url, bytes: fetched.bytes }
}

async function readCapped(response: http.IncomingMessage, signal: AbortSignal, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length'] ?? 0)
  if (declared > maxBytes) {
    response.destroy()
    throw new FetchRefused(`Sidan är större än ${maxBytes / 1024 / 1024} MB.`)
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of response) {
      size += (chunk as Buffer).byteLength
      if (size > maxBytes) {
        response.destroy()
        throw new FetchRefused(`Sidan är större än ${maxBytes / 1024 / 1024} MB.`)
      }
      chunks.push(chunk as Buffer)
    }
  } catch (error) {
    if (error instanceof FetchRefused) throw error
    throw new FetchRefused(signal.aborted ? `Sidan svarade inte inom ${LIMITS.fetchMs / 1000} sekunder.` : 'Sidan gick inte att hämta.')
  }
  return Buffer.concat(chunks)
}

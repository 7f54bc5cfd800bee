/**
 * Who the client is. The socket's peer, unless that peer is a proxy the operator said to trust
 * (TRUSTED_PROXIES); then the nearest address in X-Forwarded-For that is not such a proxy. A
 * client reaching the app directly therefore cannot choose its own address by sending the header.
 * The rule is Express's `proxy-addr`, applied once per request by server.ts, which passes the
 * answer on as the only X-Forwarded-For entry; everything after it (the login limit) reads that.
 */
import type { IncomingMessage } from 'node:http'

import proxyaddr from 'proxy-addr'

export type TrustRule = (address: string, hop: number) => boolean

/**
 * `TRUSTED_PROXIES` as proxy-addr reads it: addresses, CIDR ranges and the names `loopback`,
 * `linklocal` and `uniquelocal`, separated by commas. Empty: no proxy is trusted. Throws on a
 * value proxy-addr cannot read, with its own message.
 */
export function trustRule(setting: string | undefined): TrustRule {
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return proxyaddr.compile(entries)
}

/** "::ffff:127.0.0.1" → "127.0.0.1": one spelling per IPv4 address, so one counter per client. */
const plain = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1')

export function clientAddress(request: IncomingMessage, trust: TrustRule): string {
  if (!request.socket.remoteAddress) return 'unknown'
  return plain(proxyaddr(request, trust))
}

/** The address server.ts decided, as the rest of the app reads it from the request's headers. */
export function forwardedClient(headers: { get(name: string): string | null }): string | null {
  return headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || null
}

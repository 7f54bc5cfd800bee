/**
 * Who the client is. The socket's peer, unless that peer is a proxy the operator said to trust
 * (TRUSTED_PROXIES); then the nearest address in X-Forwarded-For that is not such a proxy. A
 * client reaching the app directly therefore cannot choose its own address by sending the header.
 * The rule is Express's `proxy-addr`, applied once per request by server.ts, which passes the
 * answer on as the only X-Forwarded-For entry; everything after it (the login limit) reads that.
 */
import type { IncomingMessage } from 'node:http'

import ipaddr from 'ipaddr.js'
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

/**
 * What a limit counts as one client: an IPv4 address, or an IPv6 /64 — the smallest block a
 * network hands out (RFC 6177); whoever holds one can use any of its 2^64 addresses, so counting
 * per IPv6 address would give one client endless fresh counters.
 */
export function clientKey(address: string | null): string {
  if (!address) return 'unknown'
  if (!ipaddr.isValid(address)) return address
  const parsed = ipaddr.process(address)
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4)
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`
}

/** The client a request's limits count, from the address server.ts decided. */
export const limitedClient = (headers: { get(name: string): string | null }): string => clientKey(forwardedClient(headers))

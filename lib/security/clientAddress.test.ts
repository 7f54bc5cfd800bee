import type { IncomingMessage } from 'node:http'

import { describe, expect, it } from 'vitest'

import { clientAddress, clientKey, forwardedClient, trustRule } from './clientAddress'

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage

describe('clientAddress', () => {
  it('is the socket when no proxy is trusted, whatever X-Forwarded-For says', () => {
    const trust = trustRule(undefined)
    expect(clientAddress(request('198.51.100.7', '203.0.113.1'), trust)).toBe('198.51.100.7')
    expect(clientAddress(request('::ffff:198.51.100.7'), trust)).toBe('198.51.100.7')
  })

  it('is the nearest untrusted address behind trusted proxies', () => {
    const trust = trustRule('loopback, 10.0.0.0/8')
    expect(clientAddress(request('127.0.0.1', '203.0.113.1'), trust)).toBe('203.0.113.1')
    // A client's own X-Forwarded-For entry in front of the real one is ignored.
    expect(clientAddress(request('127.0.0.1', 'spoofed, 203.0.113.1, 10.1.2.3'), trust)).toBe('203.0.113.1')
    // Not from a trusted proxy: the header is not believed.
    expect(clientAddress(request('198.51.100.7', '203.0.113.1'), trust)).toBe('198.51.100.7')
  })

  it('refuses a setting it cannot read', () => {
    expect(() => trustRule('not-an-address')).toThrow()
  })

  it('reads back the one address the server decided', () => {
    expect(forwardedClient(new Headers({ 'x-forwarded-for': '203.0.113.1' }))).toBe('203.0.113.1')
    expect(forwardedClient(new Headers())).toBeNull()
  })

  it('counts an IPv6 /64 as one client, an IPv4 address as itself', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64')
    expect(clientKey('::ffff:198.51.100.7')).toBe('198.51.100.7')
    expect(clientKey('198.51.100.7')).toBe('198.51.100.7')
    expect(clientKey(null)).toBe('unknown')
  })
})

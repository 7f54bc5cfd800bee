import { execFileSync } from 'node:child_process'
import { createSign } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST as webhookRoute } from '@/app/(site)/returer/webhook/route'

import { testPayload, unique } from '@/testing/payload'
import { makeSentDelivery } from '@/testing/sentDelivery'

import { takeSesMessage } from './ses'
import { takeWebhook, webhookSignature } from './webhook'

const SECRET = vi.hoisted(() => {
  process.env.RETURNS_WEBHOOK_SECRET = 'w'.repeat(40)
  return 'w'.repeat(40)
})
const TOPIC = 'arn:aws:sns:eu-north-1:123456789012:nyhetsbrev-returer'

describe('returns by HTTP: a signed generic webhook, and Amazon SES through SNS', () => {
  let payload: Payload
  let certServer: https.Server
  let certDir: string
  let key: string
  let host: string
  let subscribed = 0
  const tag = unique()
  const sendings: number[] = []
  let list = 0

  /** A subscriber on the list with a delivery of a send, as the send's queue writes one; its return tag. */
  const delivered = async (name: string) => {
    const subscriber = await payload.create({ collection: 'subscribers', data: { email: `${name}-${tag}@example.se`, subscriptions: [{ list, status: 'subscribed' }] }, overrideAccess: true })
    const sent = await makeSentDelivery(payload, { subscriber: subscriber.id, email: subscriber.email, lists: [list] })
    sendings.push(sent.sending)
    return { subscriber: subscriber.id, email: subscriber.email, token: sent.returnTag }
  }
  const statusOf = async (id: number) => (await payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true })).subscriptions?.map((s) => s.status)

  const signed = (body: string, at = Math.floor(Date.now() / 1000)) => new Headers({ 'X-Timestamp': String(at), 'X-Signature': webhookSignature(SECRET, String(at), body) })

  /** An SNS message signed as SNS signs (SignatureVersion 2), its certificate served by this test over HTTPS. */
  const snsMessage = (fields: Record<string, string>, signWith = key) => {
    const message: Record<string, string> = { ...fields, SignatureVersion: '2', SigningCertURL: `https://${host}/SimpleNotificationService-test.pem`, TopicArn: fields.TopicArn ?? TOPIC }
    const keys = message.Type === 'Notification' ? ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type']
    const signer = createSign('RSA-SHA256')
    for (const k of keys) if (k in message) signer.update(`${k}\n${message[k]}\n`)
    message.Signature = signer.sign(signWith, 'base64')
    return JSON.stringify(message)
  }
  const sesBounce = (token: string, email: string, id: string, bounceType = 'Permanent') =>
    JSON.stringify({
      notificationType: 'Bounce',
      bounce: { bounceType, bounceSubType: 'General', feedbackId: id, reportingMTA: 'dsn; a8-1.smtp-out.eu-north-1.amazonses.com', bouncedRecipients: [{ emailAddress: email, action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] },
      mail: { messageId: `ses-${id}`, headers: [{ name: 'X-Nytt-Fran-Rus-Retur', value: token }] },
    })
  const hostPattern = () => new RegExp(`^${host.replace(/\./g, '\\.')}$`)

  beforeAll(async () => {
    payload = await testPayload()
    list = (await payload.create({ collection: 'mailing-lists', data: { name: `Webhooklistan ${tag}` }, overrideAccess: true })).id
    // A certificate of the test's own, served over HTTPS on loopback and trusted by this process only.
    certDir = mkdtempSync(path.join(os.tmpdir(), 'rus-sns-'))
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(certDir, 'key.pem'), '-out', path.join(certDir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' })
    key = readFileSync(path.join(certDir, 'key.pem'), 'utf8')
    const cert = readFileSync(path.join(certDir, 'cert.pem'), 'utf8')
    certServer = https.createServer({ key, cert }, (request, response) => {
      if (request.url?.startsWith('/confirm')) subscribed += 1
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end(request.url?.endsWith('.pem') ? cert : 'ok')
    })
    await new Promise<void>((resolve) => certServer.listen(0, '127.0.0.1', resolve))
    host = `127.0.0.1:${(certServer.address() as AddressInfo).port}`
    https.globalAgent.options.ca = [cert]
  })

  afterAll(async () => {
    await new Promise((resolve) => certServer.close(resolve))
    rmSync(certDir, { recursive: true, force: true })
    const ids = sql.raw(`(${sendings.join(',') || '0'})`)
    await payload.db.drizzle.execute(sql`DELETE FROM returns WHERE sending_id IN ${ids} OR key LIKE ${`%${tag}%`}`)
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id IN ${ids}`)
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id IN (SELECT issue_id FROM sendings WHERE id IN ${ids})`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings WHERE id IN ${ids}`)
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { equals: list } }, overrideAccess: true })
    await payload.db.destroy?.()
  })

  it('the generic webhook: a signed hard bounce suppresses the address once; a wrong HMAC, an old timestamp, no secret → refused', async () => {
    const anna = await delivered('anna')
    const body = JSON.stringify({ id: `evt-${tag}-1`, type: 'bounce', bounceType: 'hard', tag: anna.token, recipient: anna.email, status: '5.1.1', diagnostic: '550 5.1.1 no such user' })
    expect(await takeWebhook(payload, SECRET, new Headers({ 'X-Timestamp': String(Math.floor(Date.now() / 1000)), 'X-Signature': `sha256=${'0'.repeat(64)}` }), body)).toMatchObject({ status: 401 })
    expect(await takeWebhook(payload, SECRET, signed(body, Math.floor(Date.now() / 1000) - 3_600), body)).toMatchObject({ status: 401 })
    expect(await takeWebhook(payload, SECRET, signed(body), `${body} `)).toMatchObject({ status: 401 })
    expect(await takeWebhook(payload, null, signed(body), body)).toMatchObject({ status: 404 })
    expect(await statusOf(anna.subscriber)).toEqual(['subscribed'])

    expect(await takeWebhook(payload, SECRET, signed(body), body)).toMatchObject({ status: 200, taken: { kind: 'hard', duplicate: false } })
    expect(await statusOf(anna.subscriber)).toEqual(['bounced'])
    expect(await takeWebhook(payload, SECRET, signed(body), body)).toMatchObject({ status: 200, taken: { duplicate: true } })
    const kept = await payload.find({ collection: 'returns', where: { key: { equals: `webhook:evt-${tag}-1` } }, depth: 0, overrideAccess: true })
    expect(kept.docs[0]).toMatchObject({ source: 'webhook', kind: 'hard', status: '5.1.1', address: anna.email })

    // Through the route, as a provider posts it: a wrong HMAC is 401, the genuine one is taken.
    const dan = await delivered('dan-route')
    const event = JSON.stringify({ id: `evt-${tag}-3`, type: 'bounce', bounceType: 'hard', tag: dan.token })
    const post = (headers: Headers) => webhookRoute(new Request('http://localhost/returer/webhook', { method: 'POST', headers, body: event }))
    expect((await post(new Headers({ 'X-Timestamp': String(Math.floor(Date.now() / 1000)), 'X-Signature': 'sha256=fel' }))).status).toBe(401)
    expect(await statusOf(dan.subscriber)).toEqual(['subscribed'])
    expect((await post(signed(event))).status).toBe(200)
    expect(await statusOf(dan.subscriber)).toEqual(['bounced'])

    const complaint = JSON.stringify({ id: `evt-${tag}-2`, type: 'complaint', tag: (await delivered('bo')).token })
    expect(await takeWebhook(payload, SECRET, signed(complaint), complaint)).toMatchObject({ status: 200, taken: { kind: 'complaint' } })
    for (const bad of ['[]', 'inte json', JSON.stringify({ id: 'x', type: 'open' }), JSON.stringify({ id: 'x', type: 'bounce' })]) {
      expect((await takeWebhook(payload, SECRET, signed(bad), bad)).status).toBe(400)
    }
  })

  it('Amazon SES through SNS: the subscription confirmed, a bounce taken; a forged signature, another topic, a certificate elsewhere → refused', async () => {
    const cia = await delivered('cia')
    const confirmation = snsMessage({ Type: 'SubscriptionConfirmation', MessageId: 'm-1', Token: 't', Message: 'Bekräfta', SubscribeURL: `https://${host}/confirm?Token=t`, Timestamp: new Date().toISOString() })
    expect(await takeSesMessage(payload, TOPIC, confirmation, hostPattern())).toMatchObject({ status: 200 })
    expect(subscribed).toBe(1)

    const bounce = (message: string, extra: Record<string, string> = {}) => snsMessage({ Type: 'Notification', MessageId: `m-${tag}`, Message: message, Timestamp: new Date().toISOString(), ...extra })
    const notice = sesBounce(cia.token, cia.email, `fb-${tag}-1`)
    // The default host pattern (AWS's SNS hosts only) refuses a certificate from anywhere else.
    expect(await takeSesMessage(payload, TOPIC, bounce(notice))).toMatchObject({ status: 403 })
    const forged = JSON.parse(bounce(notice)) as Record<string, string>
    forged.Message = sesBounce(cia.token, 'someone.else@example.se', `fb-${tag}-1`)
    expect(await takeSesMessage(payload, TOPIC, JSON.stringify(forged), hostPattern())).toMatchObject({ status: 403 })
    expect(await takeSesMessage(payload, TOPIC, bounce(notice, { TopicArn: 'arn:aws:sns:eu-north-1:999999999999:someone-elses' }), hostPattern())).toMatchObject({ status: 403 })
    expect(await takeSesMessage(payload, null, bounce(notice), hostPattern())).toMatchObject({ status: 404 })
    expect(await takeSesMessage(payload, TOPIC, 'inte json', hostPattern())).toMatchObject({ status: 400 })
    expect(await statusOf(cia.subscriber)).toEqual(['subscribed'])

    expect(await takeSesMessage(payload, TOPIC, bounce(notice), hostPattern())).toMatchObject({ status: 200, taken: { kind: 'hard', duplicate: false } })
    expect(await statusOf(cia.subscriber)).toEqual(['bounced'])
    const soft = sesBounce((await delivered('dan')).token, `dan-${tag}@example.se`, `fb-${tag}-2`, 'Transient')
    expect(await takeSesMessage(payload, TOPIC, bounce(soft), hostPattern())).toMatchObject({ status: 200, taken: { kind: 'soft' } })
  })
})

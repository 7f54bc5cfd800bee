import { simpleParser } from 'mailparser'
import nodemailer from 'nodemailer'
import { describe, expect, it } from 'vitest'

import { encodedOnce } from './encodedOnce'

const PLACEHOLDER = '%%AVREGISTRERA%%'
const LINK = 'https://nytt.rus.se/avregistrera/eyJzIjoxMjM0NX0.c2lnbmF0dXI-ZQ?r=d.42.abcdef&x=å'

// What reader's mail programs see: nodemailer writes the message, mailparser reads it.
const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
async function sent(html: string, text: string): Promise<{ html: string; text: string; source: string }> {
  const info = await transport.sendMail({
    from: 'nyhetsbrev@rus.se',
    to: 'lasare@example.se',
    subject: 'Nytt från RUS',
    html: encodedOnce('text/html', html, PLACEHOLDER)(LINK),
    text: encodedOnce('text/plain', text, PLACEHOLDER)(LINK),
  })
  const source = (info.message as Buffer).toString('utf8')
  const mail = await simpleParser(source)
  return { html: String(mail.html), text: String(mail.text), source }
}

const fill = (template: string) => template.split(PLACEHOLDER).join(LINK)

describe("a body encoded once, with each recipient's link", () => {
  const templates: Record<string, string> = {
    'the link in an attribute': `<p>Hej!</p>\n<a href="${PLACEHOLDER}">Avregistrera dig</a>\n`,
    'at the very start and end': `${PLACEHOLDER} mitten ${PLACEHOLDER}`,
    twice: `<a href="${PLACEHOLDER}">här</a> och <a href="${PLACEHOLDER}">där</a>`,
    'after spaces, before Swedish letters': `Länk:   ${PLACEHOLDER}åäö ÅÄÖ é — “citat”`,
    'a long line without a space': `${'x'.repeat(300)}${PLACEHOLDER}${'ö'.repeat(200)}`,
    'lines that start with a dot': `.\n.rad\n${PLACEHOLDER}\n.\n`,
    'CRLF and trailing spaces': `rad med mellanslag   \r\n${PLACEHOLDER}   \r\n\tslut`,
    'no placeholder at all': 'Ingen länk här, bara text.',
    'an equals sign and escapes next to it': `=${PLACEHOLDER}=3D=\n`,
  }

  for (const [name, template] of Object.entries(templates)) {
    it(`decodes to the template with the link in place: ${name}`, async () => {
      const got = await sent(template, template)
      expect(got.html.replace(/\r\n/g, '\n')).toBe(fill(template).replace(/\r\n/g, '\n'))
      expect(got.text.replace(/\r\n/g, '\n').trimEnd()).toBe(fill(template).replace(/\r\n/g, '\n').trimEnd())
    })
  }

  it('keeps every line within 76 characters, and says how it is encoded', async () => {
    const template = `<p>${'Miljömålen är sexton. '.repeat(40)}</p><a href="${PLACEHOLDER}">Avregistrera</a>${'å'.repeat(100)}`
    const { source } = await sent(template, template)
    const body = source.slice(source.indexOf('\r\n\r\n'))
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76)
    expect(source).toMatch(/Content-Type: text\/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable/)
    expect(source).toMatch(/Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable/)
  })
})

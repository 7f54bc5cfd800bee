import { describe, expect, it } from 'vitest'

import { readForm } from './readForm'

const post = (body: string, contentType: string) => new Request('http://localhost/avregistrera/x', { method: 'POST', headers: { 'Content-Type': contentType }, body })

describe('reading a reader’s form', () => {
  it('reads RFC 8058’s own one-click example: multipart/form-data with a boundary in mixed case', async () => {
    const boundary = '---FormBoundaryjWmhtjORrn'
    const body = [`--${boundary}`, 'Content-Disposition: form-data; name="List-Unsubscribe"', '', 'One-Click', `--${boundary}--`, ''].join('\r\n')
    const read = await readForm(post(body, `multipart/form-data; boundary=${boundary}`))
    expect(read.ok && read.form.get('List-Unsubscribe')).toBe('One-Click')
  })

  it('reads a urlencoded form whatever the case of its type', async () => {
    const read = await readForm(post('List-Unsubscribe=One-Click', 'Application/X-WWW-Form-Urlencoded; Charset=UTF-8'))
    expect(read.ok && read.form.get('List-Unsubscribe')).toBe('One-Click')
  })

  it('refuses another type and a broken multipart body with a 4xx', async () => {
    expect(await readForm(post('{}', 'application/json'))).toMatchObject({ ok: false, status: 415 })
    expect(await readForm(post('no parts', 'multipart/form-data; boundary=xyz'))).toMatchObject({ ok: false, status: 400 })
  })
})

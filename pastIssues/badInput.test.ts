import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yazl from 'yazl'

import { cleanOriginal } from './cleanOriginal'
import { fetchWebVersion, FetchRefused, isPublicAddress } from './fetchWebVersion'
import { readOriginals } from './readIn'
import { readSource } from './readSource'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))

function zipOf(files: { name: string; bytes: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const file of files) zip.addBuffer(file.bytes, file.name)
  zip.end()
  const chunks: Buffer[] = []
  zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return once(zip.outputStream, 'end').then(() => Buffer.concat(chunks))
}

const errorOf = async (name: string, bytes: Uint8Array) => {
  const read = await readSource({ name, bytes })
  return read.ok ? null : read.error
}

describe('what is not a newsletter gets a message, never a draft', () => {
  it('refuses a page that is not a newsletter, a 50 MB file, a binary file and a broken e-mail', async () => {
    expect(await errorOf('sida.html', Buffer.from('<html><body><h1>Välkommen</h1><p>Här finns inget nyhetsbrev.</p></body></html>'))).toMatch(/ser inte ut som ett nyhetsbrev/)
    expect(await errorOf('stor.txt', Buffer.alloc(50 * 1024 * 1024, 'a'))).toBe('Filen är för stor (högst 5 MB).')
    expect(await errorOf('bild.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toMatch(/inte text, HTML eller e-post/)
    expect(await errorOf('trasig.eml', Buffer.from('From: a@b.se\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\n'))).toMatch(/E-postmeddelandet gick inte att läsa|ser inte ut som ett nyhetsbrev/)
    expect(await errorOf('tom.txt', Buffer.alloc(0))).toBe('Filen är tom.')
  })

  it('reads HTML with scripts, event handlers and javascript: links as words only', async () => {
    const html = fixture('2021-03-webbversion.html')
      .toString('utf8')
      .replace('<h1>', '<h1 onclick="alert(1)">')
      .replace('href="https://www.ivl.se/"', 'href="javascript:alert(2)"')
      .replace('</body>', '<script>alert(3)</script><img src="x" onerror="alert(4)"></body>')
    const read = await readSource({ name: 'elak.html', bytes: Buffer.from(html) })
    if (!read.ok) throw new Error(read.error)
    const text = JSON.stringify(read.reading.issue)
    expect(text).not.toMatch(/alert|javascript:|window\.paloma/)
    expect(read.reading.flags).toContain('1 länk(ar) med otillåten adress (till exempel javascript:) togs bort.')
    const cleaned = cleanOriginal(html)
    expect(cleaned).not.toMatch(/<script|onclick|onerror|javascript:|open\.gif/)
    expect(cleaned).not.toContain('https://public.paloma.se/unsubscribe/exempel')
    expect(cleaned).toContain('Klicka här för att avregistrera din adress')
    expect(cleaned).toContain('href="https://www.rus.se/"')
    // A personal link by the words around it, a pixel sized in CSS, a scheme hidden by a tab, SVG.
    const sneaky = cleanOriginal(
      '<p>Avregistrera dig <a href="https://nyhetsbrev.example/u/personlig-nyckel">här</a>.</p><img src="https://t.example/o.png?id=mottagare" style="width:1px;height:1px"><a href="java&#9;script:alert(5)">x</a><svg><a><set attributeName="href" to="javascript:alert(6)"/></a></svg>',
    )
    expect(sneaky).not.toMatch(/personlig-nyckel|mottagare|alert|<svg/)
  })
})

describe('a zip', () => {
  it('reads each newsletter in it, and names each file it did not read', async () => {
    const zip = await zipOf([
      { name: 'arkiv/2022-06.txt', bytes: fixture('2022-06.txt') },
      { name: 'arkiv/2020-12.eml', bytes: fixture('2020-12.eml') },
      { name: 'arkiv/logga.png', bytes: Buffer.from([0x89, 0x50]) },
    ])
    const results = (await readOriginals([{ name: 'arkiv.zip', bytes: zip }])).map((o) => o.result)
    expect(results.map((r) => [r.file, r.ok, r.error ?? r.issue?.date])).toEqual([
      ['arkiv.zip/arkiv/logga.png', false, 'bara .txt, .html och .eml läses.'],
      ['arkiv.zip/arkiv/2022-06.txt', true, '2022-06'],
      ['arkiv.zip/arkiv/2020-12.eml', true, '2020-12-03'],
    ])
  })

  it('refuses a zip bomb before unpacking it, and a broken zip', async () => {
    // 6 × 10 MB of zeros: a few kilobytes packed, 60 MB unpacked.
    const bomb = await zipOf(Array.from({ length: 6 }, (_, i) => ({ name: `nummer-${i}.txt`, bytes: Buffer.alloc(10 * 1024 * 1024) })))
    expect(bomb.byteLength).toBeLessThan(200_000)
    const [result] = (await readOriginals([{ name: 'bomb.zip', bytes: bomb }])).map((o) => o.result)
    expect(result?.ok).toBe(false)
    expect(result?.file).toMatch(/^bomb\.zip\/nummer-0\.txt$/)
    expect(result?.error).toBe('filen är för stor (högst 5 MB).')
    const [broken] = (await readOriginals([{ name: 'trasig.zip', bytes: Buffer.from('PK\u0003\u0004 inte en zip') }])).map((o) => o.result)
    expect(broken).toMatchObject({ file: 'trasig.zip', ok: false, error: 'Zip-filen gick inte att läsa: den är skadad eller inte en zip-fil.' })
  })
})

describe('a web-version address', () => {
  let server: http.Server
  let base = ''
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/till-internt') return response.writeHead(302, { Location: 'http://10.1.2.3/nummer' }).end()
      if (request.url === '/bild') return response.writeHead(200, { 'Content-Type': 'image/png' }).end('png')
      if (request.url === '/trasig-vidare') return response.writeHead(302, { Location: 'http://[' }).end()
      if (request.url === '/stor') {
        response.writeHead(200, { 'Content-Type': 'text/html' })
        return response.end(Buffer.alloc(6 * 1024 * 1024, 'a'))
      }
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': 'spår=1' }).end(fixture('2021-03-webbversion.html'))
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => server.close())

  // The tests' own server is on loopback: only it is let through, and only here.
  const local = { allowHttp: true, allowAddress: (address: string) => address === '127.0.0.1' || isPublicAddress(address) }

  it('is fetched and read when it is public', async () => {
    const source = await fetchWebVersion(`${base}/nummer`, local)
    const read = await readSource(source)
    expect(read.ok && read.reading.issue.title).toBe('Nytt från RUS 31 mars')
  })

  it('is refused for http, loopback, a private network, a redirect into one, a large page and a non-page', async () => {
    const refusal = (url: string, rules = {}) => fetchWebVersion(url, rules).then(() => 'fetched', (e: unknown) => (e instanceof FetchRefused ? e.message : `threw ${String(e)}`))
    expect(await refusal('http://www.rus.se/')).toBe('Bara https-adresser hämtas.')
    expect(await refusal('https://127.0.0.1/')).toBe('Adressen leder till ett internt nätverk och hämtas inte.')
    expect(await refusal('https://localhost/')).toBe('Adressen leder till ett internt nätverk och hämtas inte.')
    expect(await refusal('https://[::1]/')).toBe('Adressen leder till ett internt nätverk och hämtas inte.')
    expect(await refusal('https://user:pw@www.rus.se/')).toBe('Adressen får inte innehålla användarnamn eller lösenord.')
    expect(await refusal('inte en adress')).toBe('Det är inte en webbadress.')
    expect(await refusal(`${base}/till-internt`, local)).toBe('Adressen leder till ett internt nätverk och hämtas inte.')
    expect(await refusal(`${base}/stor`, local)).toBe('Sidan är större än 5 MB.')
    expect(await refusal(`${base}/bild`, local)).toBe('Sidan är inte en webbsida (text/html).')
    expect(await refusal(`${base}/trasig-vidare`, local)).toBe('Sidan skickar vidare till en ogiltig adress.')
    expect(['10.0.0.1', '192.168.1.1', '169.254.169.254', '::ffff:127.0.0.1', 'fc00::1', '100.64.0.1'].map(isPublicAddress)).toEqual([false, false, false, false, false, false])
    expect(isPublicAddress('8.8.8.8')).toBe(true)
  })
})

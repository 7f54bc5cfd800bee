import { describe, expect, it } from 'vitest'

import { cleanUploadName, judgeUpload } from './imageRules'

describe('upload names', () => {
  it('keeps the base name and takes the extension from what the file really is', () => {
    expect(cleanUploadName('Miljömålsdagarna 2021.JPG', 'jpg')).toBe('Miljömålsdagarna-2021.jpg')
    expect(cleanUploadName('rapport.html', 'png')).toBe('rapport.png')
  })

  it('drops bidi overrides, control characters and path parts', () => {
    expect(cleanUploadName('bild\u202Egpj.exe', 'jpg')).toBe('bildgpj.jpg')
    expect(cleanUploadName('a\u0000b.png', 'png')).toBe('ab.png')
    expect(cleanUploadName('../../etc/passwd', 'webp')).toBe('passwd.webp')
    expect(cleanUploadName('\u202E.png', 'png')).toBe('bild.png')
  })
})

describe('judgeUpload', () => {
  it('refuses by content and size', () => {
    expect(judgeUpload(1000, 'image/png')).toEqual({ ok: true })
    expect(judgeUpload(1000, 'text/html')).toMatchObject({ ok: false, status: 415 })
    expect(judgeUpload(11 * 1024 * 1024, 'image/png')).toMatchObject({ ok: false, status: 413 })
  })
})

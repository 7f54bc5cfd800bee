import { APIError, type PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { FetchRefused, fetchWebVersion } from './fetchWebVersion'
import { readIn, type ReadInResult } from './readIn'
import type { Source } from './readSource'

/** The files of the admin's form (`filer`) and the web-version address (`adress`), or JSON { adress }. */
async function givenOf(req: PayloadRequest): Promise<{ files: Source[]; address: string | null }> {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData?.().catch(() => null)
    if (!form) throw new APIError('Formuläret kunde inte läsas.', 400, null, true)
    const files: Source[] = []
    for (const value of form.getAll('filer')) {
      if (typeof value !== 'string' && value.size > 0) files.push({ name: value.name || 'fil', bytes: new Uint8Array(await value.arrayBuffer()) })
    }
    const address = form.get('adress')
    return { files, address: typeof address === 'string' && address.trim() ? address.trim() : null }
  }
  const body = (await req.json?.().catch(() => null)) as { adress?: unknown } | null
  return { files: [], address: typeof body?.adress === 'string' && body.adress.trim() ? body.adress.trim() : null }
}

/** The admin's "Läs in": each file (a zip's files one by one) and the address read into drafts. */
export async function readInRequest(req: PayloadRequest, staff: User): Promise<{ results: ReadInResult[] }> {
  const { files, address } = await givenOf(req)
  if (files.length === 0 && !address) throw new APIError('Välj en eller flera filer (.txt, .html, .eml eller .zip) eller ange en webbadress.', 400, null, true)
  const results: ReadInResult[] = []
  const sources = [...files]
  if (address) {
    try {
      sources.push(await fetchWebVersion(address))
    } catch (error) {
      if (!(error instanceof FetchRefused)) throw error
      results.push({ file: address, ok: false, error: error.message })
    }
  }
  results.push(...(await readIn(req.payload, sources, { dryRun: false, staff })))
  return { results }
}

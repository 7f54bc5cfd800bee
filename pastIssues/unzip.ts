import yauzl, { type Entry, type ZipFile } from 'yauzl'

import { LIMITS } from './model'
import type { Source } from './readSource'

/** What a zip gave: the originals to read, and one line for each file it held that is not one. */
export type Unzipped = { sources: Source[]; skipped: string[] }

export class BadZip extends Error {}

const READABLE = /\.(?:txt|html?|eml)$/i

/**
 * The newsletters in a zip, read by yauzl with every limit checked before a byte is unpacked
 * (each file's declared size, the sum of them, how many) and again while unpacking (yauzl stops
 * an entry that grows past its declared size): a zip bomb is refused, not inflated.
 */
export async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) =>
      error || !file ? reject(new BadZip('Zip-filen gick inte att läsa: den är skadad eller inte en zip-fil.')) : resolve(file),
    ),
  )
  const sources: Source[] = []
  const skipped: string[] = []
  let total = 0
  let count = 0
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', () => reject(new BadZip('Zip-filen gick inte att läsa: den är skadad.')))
      zip.on('end', () => resolve())
      zip.on('entry', (entry: Entry) => {
        const name = entry.fileName
        if (name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\./.test(name)) return zip.readEntry()
        if (!READABLE.test(name)) {
          skipped.push(`${name}: bara .txt, .html och .eml läses.`)
          return zip.readEntry()
        }
        count += 1
        total += entry.uncompressedSize
        if (count > LIMITS.zipEntries) return reject(new BadZip(`Zip-filen har fler än ${LIMITS.zipEntries} nyhetsbrev: dela upp den.`))
        if (entry.uncompressedSize > LIMITS.fileBytes) {
          skipped.push(`${name}: filen är för stor (högst ${LIMITS.fileBytes / 1024 / 1024} MB).`)
          return zip.readEntry()
        }
        if (total > LIMITS.zipBytes) return reject(new BadZip(`Zip-filen packas upp till mer än ${LIMITS.zipBytes / 1024 / 1024} MB: dela upp den.`))
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(new BadZip(`${name} i zip-filen gick inte att läsa.`))
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', () => reject(new BadZip(`${name} i zip-filen är skadad.`)))
          stream.on('end', () => {
            sources.push({ name, bytes: Buffer.concat(chunks) })
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  return { sources, skipped }
}

import { readFile } from 'node:fs/promises'
import path from 'node:path'

// The site's one font, Inter (latin, variable weight) from npm, served by the site itself: no
// font service is asked, at build or in the reader's browser. Read once at build, kept for good.
export const dynamic = 'force-static'

export async function GET(): Promise<Response> {
  const font = await readFile(path.join(process.cwd(), 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'))
  return new Response(new Uint8Array(font), {
    headers: { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}

import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const VNU = path.resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar')

/**
 * The Nu checker's CSS parser predates two things Tailwind CSS 4 writes in the inline stylesheet:
 * `@property` and `margin-trim` (inside an @supports test). Both are valid CSS; nothing else is let off.
 */
const CHECKER_GAPS = [/^CSS: Unrecognized at-rule “@property”/, /^CSS: “margin-trim”: Property “margin-trim” doesn't exist/]

export type HtmlError = { page: string; message: string; extract: string }

/** The W3C Nu HTML checker (npm's vnu-jar on Java) over every page at once: its errors, by page. */
export async function validateHtml(pages: Record<string, string>): Promise<HtmlError[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rus-vnu-'))
  try {
    const files = Object.keys(pages).map((page, index) => path.join(dir, `${index}.html`))
    await Promise.all(Object.values(pages).map((html, index) => writeFile(files[index] ?? '', html)))
    const { stderr } = await promisify(execFile)('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }),
    )
    const names = Object.keys(pages)
    const { messages } = JSON.parse(stderr || '{"messages":[]}') as { messages: { url: string; message: string; extract?: string }[] }
    return messages
      .filter((m) => !CHECKER_GAPS.some((gap) => gap.test(m.message)))
      .map((m) => ({ page: names[Number(path.basename(new URL(m.url).pathname, '.html'))] ?? m.url, message: m.message, extract: (m.extract ?? '').slice(0, 80) }))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

import { ROOT } from '@/scripts/lib/paths'

/**
 * The floor map in eslint.config.mjs, tried on made-up files: an import up a floor, into an entry
 * point, of the Payload config or out of a folder by a relative path fails `npm run lint`; an
 * import down a floor passes.
 */
const eslint = new ESLint({ cwd: ROOT })

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {}\n`, { filePath })
  return (result?.messages ?? []).filter((m) => /restricted-imports/.test(m.ruleId ?? '')).map((m) => m.message)
}

describe('the floor map', () => {
  it('refuses an import up a floor', async () => {
    expect(await refusals('content/fixture.ts', "import { queueSend } from '@/sending/queue'\nvoid queueSend")).toEqual([expect.stringContaining('imports only from the floors below it')])
    expect(await refusals('lib/fixture.ts', "import { getArticle } from '@/content/reads/articles'\nvoid getArticle")).toEqual([expect.stringContaining('imports only from the floors below it')])
    expect(await refusals('newsletter/fixture.ts', "import { cancelSend } from '@/sending/cancel'\nvoid cancelSend")).toHaveLength(1)
  })

  it('refuses the Payload config below the entry points, and entry points themselves', async () => {
    expect(await refusals('content/reads/fixture.ts', "import config from '@payload-config'\nvoid config")).toEqual([expect.stringContaining('takes the Payload it is given')])
    expect(await refusals('sending/fixture.ts', "import { payloadClient } from '@/site/payload'\nvoid payloadClient")).toHaveLength(1)
  })

  it('refuses a relative import out of its folder, and lets one within it pass', async () => {
    expect(await refusals('collections/Issues/fixture.ts', "import { payloadClient } from '../../site/payload'\nvoid payloadClient")).toHaveLength(1)
    expect(await refusals('collections/Issues/fixture.ts', "import { staffEndpoint } from '../shared/staffEndpoint'\nvoid staffEndpoint")).toEqual([])
  })

  it('lets an import down a floor pass', async () => {
    expect(await refusals('sending/fixture.ts', "import { getArticle } from '@/content/reads/articles'\nimport { copiesOf } from '@/newsletter/copies'\nvoid getArticle\nvoid copiesOf")).toEqual([])
    expect(await refusals('collections/fixture.ts', "import { queueSend } from '@/sending/queue'\nvoid queueSend")).toEqual([])
  })

  it("gives the admin's browser code a room's api.ts and types, never its server code", async () => {
    expect(await refusals('admin/Fixture.tsx', "import { queueSend } from '@/sending/queue'\nvoid queueSend")).toHaveLength(1)
    expect(await refusals('admin/Fixture.tsx', "import type { QueuedSend } from '@/sending/api'\nimport { sendingApi } from '@/sending/api'\nimport type { ImportReport } from '@/subscribers/importPlan'\nvoid sendingApi\nexport type T = QueuedSend | ImportReport")).toEqual([])
  })
})

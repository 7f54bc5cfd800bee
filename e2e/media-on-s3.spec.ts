import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { startTestS3, type TestS3 } from '@/testing/s3Server'

import { startInstance, stopInstance, type Instance } from './helpers/instance'
import { logIn } from './helpers/logIn'

/**
 * An instance of the e2e build with its media on an S3-compatible server (s3rver, a process of
 * its own), as README "Running on several servers" sets it up: an editor uploads in the admin,
 * the files land in the bucket and not on disk, readers get them through the site only once a
 * published article shows the image, and a delete empties the bucket again.
 */
test('media on S3: upload in the admin, served to readers from the bucket by the read rule, deleted from the bucket', async ({ browser }) => {
  test.setTimeout(120_000)
  let s3: TestS3 | undefined
  let instance: Instance | undefined
  const cleanup: (() => Promise<unknown>)[] = []
  try {
    s3 = await startTestS3()
    instance = await startInstance({ env: s3.env, ownOrigin: true })
    const origin = instance.origin
    const context = await browser.newContext({ baseURL: origin })
    const page = await context.newPage()
    const tag = Date.now().toString(36)

    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto('/admin/collections/media/create')
    const picture = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f6f7c' } }).jpeg().toBuffer()
    await page.locator('input[type="file"]').setInputFiles({ name: `hinken-${tag}.jpg`, mimeType: 'image/jpeg', buffer: picture })
    await page.getByLabel(/^Alternativtext/).fill(`Ett blågrönt fält ${tag}`)
    await page.getByRole('button', { name: 'Spara' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/media\/\d+/)
    const id = Number(new URL(page.url()).pathname.split('/').pop())

    const login = await fetch(`${origin}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(E2E_ACCOUNTS.editor) })
    const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}`, 'content-type': 'application/json' }
    cleanup.push(() => fetch(`${origin}/api/media/${id}`, { method: 'DELETE', headers: auth }))
    type Sized = { filename: string; url: string; mimeType: string }
    const media = (await (await fetch(`${origin}/api/media/${id}`, { headers: auth })).json()) as Sized & { sizes: Record<'card' | 'wide' | 'email', Sized> }
    const files = [media, media.sizes.card, media.sizes.wide, media.sizes.email]
    expect(await s3.keys()).toEqual(expect.arrayContaining(files.map((f) => f.filename)))

    // Not for readers while no published article shows it.
    expect((await fetch(`${origin}${media.url}`)).status).toBe(403)
    const created = await fetch(`${origin}/api/articles`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: `Bilden i hinken ${tag}`, lead: 'En artikel med en bild på S3.', image: id, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const article = ((await created.json()) as { doc: { id: number; slug: string } }).doc
    cleanup.unshift(() => fetch(`${origin}/api/articles/${article.id}`, { method: 'DELETE', headers: auth }))

    // The reader's page shows the image; every size it names comes from the bucket, byte for byte.
    await page.goto(`/artiklar/${article.slug}`)
    const image = page.getByRole('img', { name: `Ett blågrönt fält ${tag}` })
    await expect(image).toBeVisible()
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    for (const file of files) {
      const served = await fetch(`${origin}${file.url}`)
      expect(served.status, file.url).toBe(200)
      expect(served.headers.get('content-type')).toBe(file.mimeType)
      expect(Buffer.from(await served.arrayBuffer()).equals(await s3.read(file.filename))).toBe(true)
    }

    // Deleted (after the article that shows it): gone from the bucket and from the site.
    for (const step of cleanup.splice(0)) await step()
    for (const file of files) expect(await s3.keys()).not.toContain(file.filename)
    expect((await fetch(`${origin}${media.url}`)).status).toBe(403)
    expect((await fetch(`${origin}${media.url}`, { headers: auth })).status).toBe(404)
    await context.close()
  } finally {
    for (const step of cleanup) await step().catch(() => undefined)
    await stopInstance(instance)
    await s3?.dispose()
  }
})

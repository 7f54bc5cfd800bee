import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Runs axe on the page as it is now and fails with the rule ids and targets of any violation.
 * `within`: only that part (our own panel inside Payload's admin, whose own markup is Payload's).
 */
export async function expectAccessible(page: Page, within?: string, { exclude }: { exclude?: string } = {}): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA)
  if (within) builder.include(within)
  if (exclude) builder.exclude(exclude)
  const { violations } = await builder.analyze()
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/**
 * The same check for a page met with JavaScript turned off (axe itself is a script): its HTML, as
 * the server sent it, in a fresh page of a context where scripts run.
 */
export async function expectAccessibleWithoutJs(page: Page): Promise<void> {
  const browser = page.context().browser()
  if (!browser) throw new Error('no browser')
  const html = await page.content()
  // Said outright: a test's `use` options (javaScriptEnabled: false) apply to every new context.
  const context = await browser.newContext({ baseURL: new URL(page.url()).origin, javaScriptEnabled: true })
  try {
    const copy = await context.newPage()
    await copy.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
    await copy.goto(page.url())
    await expectAccessible(copy)
  } finally {
    await context.close()
  }
}

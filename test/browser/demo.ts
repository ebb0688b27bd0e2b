import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { TestAuthServerOptions } from 'lanyard/testing'
import type { BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { type DemoServer, startDemoServer } from '../../examples/vanilla/dev/serve'
import { launchChromium } from './chromium'

/** Records every value `data-status` takes on the page's root, from before the first script runs. */
const RECORD_STATUSES = () => {
  const seen: string[] = []
  Object.assign(window, { __statuses: seen })
  new MutationObserver((records) => {
    for (const record of records) {
      const value = (record.target as Element).getAttribute('data-status')
      if (value !== null && seen[seen.length - 1] !== value) seen.push(value)
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-status'] })
}

export interface Demo {
  demo: DemoServer
  context: BrowserContext
  page: Page
  /** A new tab in the same browser (same storage). */
  newTab(): Promise<Page>
  close(): Promise<void>
}

// One Chromium (one fresh profile) per test file; each test gets its own server, so its own origin
// and storage, and its cookies are cleared after it (cookies are per host, not per port).
let chromium: ReturnType<typeof launchChromium> | undefined
const browser = () => {
  chromium ??= launchChromium().then(async (launched) => {
    await launched.context.addInitScript(RECORD_STATUSES)
    return launched
  })
  return chromium
}

/** Ends the file's Chromium and removes its profile (call in `afterAll`). */
export async function closeBrowser() {
  const launched = await chromium
  chromium = undefined
  await launched?.close()
}

/** `npm start`'s server (port 0) and a tab of Chromium on it. */
export async function openDemo(backend: TestAuthServerOptions = {}): Promise<Demo> {
  const [demo, { context }] = await Promise.all([startDemoServer({ backend }), browser()])
  const pages: Page[] = []
  const newTab = async () => {
    const page = await context.newPage()
    pages.push(page)
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
    await page.goto(demo.url)
    return page
  }
  const page = await newTab()
  return {
    demo,
    context,
    page,
    newTab,
    async close() {
      await Promise.all(pages.map((tab) => tab.close()))
      await context.clearCookies()
      await demo.close()
    },
  }
}

/** The `data-status` values the page rendered since it loaded, in order. */
export const renderedStatuses = (page: Page) =>
  page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses)

/** Types the email, sends the code, types the code from the backend, verifies. */
export async function signInByEmail(page: Page, demo: DemoServer, email = 'ada@example.com') {
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Send code' }).click()
  await page.getByLabel('Code').fill(await codeFor(page, demo, email))
  await page.getByRole('button', { name: 'Verify' }).click()
}

/** The one-time code the backend sent, once the page shows the code form. */
async function codeFor(page: Page, demo: DemoServer, email: string) {
  await page.getByRole('heading', { name: 'Check your email' }).waitFor()
  return demo.backend.lastCode(email)
}

/** Saves a screenshot to `LANYARD_SCREENSHOTS` (e.g. docs/screenshots) when it is set. */
export async function screenshot(page: Page, name: string) {
  const dir = process.env.LANYARD_SCREENSHOTS
  if (!dir) return
  await mkdir(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
}

/** The words of the `status` live region. */
export const statusOf = (page: Page) => page.getByRole('status').textContent()

/** `expect.poll` with room for a loaded CI machine: 10 s, checked every 50 ms. */
export const eventually = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 10_000, interval: 50 })

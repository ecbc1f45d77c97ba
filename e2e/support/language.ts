import type { Page } from '@playwright/test'

/**
 * The language is a setting of the app, kept in its database for the next window: a test that
 * switches to English puts Chinese back, so the next test starts where it expects.
 */
export async function leaveInChinese(page: Page): Promise<void> {
  // A test that opened no page left nothing to put back.
  if (!page.url().startsWith('http')) return
  await page.getByText('中文', { exact: true }).click()
  await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' })
}

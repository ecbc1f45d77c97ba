import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { root } from './processes'

/** Saves the page as it looks in each language, under e2e/screenshots/ (git-ignored), and leaves it in Chinese. */
export async function shootBothLanguages(page: Page, name: string): Promise<void> {
  for (const [label, language] of [['English', 'en-US'], ['中文', 'zh-CN']] as const) {
    await page.getByText(label, { exact: true }).click()
    await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' })
    // Let the switch reach the screen before the picture is taken.
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
    await page.screenshot({ path: join(root, 'e2e', 'screenshots', `${name}.${language}.png`), fullPage: true })
  }
}

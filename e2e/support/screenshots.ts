import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { root } from './processes'

/**
 * Saves the page as it looks in each language, under e2e/screenshots/ (git-ignored), and leaves it in Chinese.
 * Each picture is also checked for accessibility (WCAG 2.1 A and AA, by axe): contrast, labels,
 * names that match what is shown, list structure.
 */
export async function shootBothLanguages(page: Page, name: string): Promise<void> {
  for (const [label, language] of [['English', 'en-US'], ['中文', 'zh-CN']] as const) {
    await page.getByText(label, { exact: true }).click()
    await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' })
    // Let the switch reach the screen before the picture is taken.
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
    await page.screenshot({ path: join(root, 'e2e', 'screenshots', `${name}.${language}.png`), fullPage: true })
    await expectAccessible(page, `${name}.${language}`)
  }
}

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`))
  expect(found, `accessibility of ${screen}`).toEqual([])
}

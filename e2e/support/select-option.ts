import { expect, type Page } from '@playwright/test'

/**
 * Picks `option` in the antd select labelled `label`, as a user would: open it, click the option.
 * A click that lands while the list is still opening is ignored by the select, so the pick is
 * tried again until the select shows the option.
 */
export async function selectOption(page: Page, label: string, option: string): Promise<void> {
  await expect(async () => {
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await page.getByLabel(label).click()
    await page.locator('.ant-select-dropdown:visible').getByTitle(option).click({ timeout: 2_000 })
    await expect(page.locator(`.ant-select-content[title="${option}"]`)).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
}

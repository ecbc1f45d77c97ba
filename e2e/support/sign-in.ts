import type { Page } from '@playwright/test'

/** Signs in from the sign-in page as a user would: account, password, the 登录 button. */
export async function signIn(page: Page, account: string, secret: string): Promise<void> {
  await page.getByLabel('账号').fill(account)
  await page.getByLabel('密码', { exact: true }).fill(secret)
  await page.getByRole('button', { name: '登录' }).click()
}

import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { keychainEntries } from './support/keychain'
import { findSecrets } from './support/leaks'
import { runAdmin, startHost, startPlatform, tempDir, type Started } from './support/processes'
import { signIn } from './support/sign-in'

const password = 'Zq7!mPatent2026'
const loginName = `e2e${Date.now().toString(36)}`

test.describe.configure({ mode: 'serial' })

let work: string
let platform: Started
let host: Started
let service: string
const seenRefreshTokens: string[] = []

test.beforeAll(async () => {
  work = tempDir('e2e')
  platform = await startPlatform(join(work, 'platform'), join(work, 'platform.log'))
  await runAdmin(['create-account', '--data', join(work, 'platform'), '--login', loginName, '--password', password,
    '--name', '张三', '--phone', '13812345678'])
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
  service = `PatentDesk ${new URL(platform.url).origin}`
})

test.afterAll(async () => {
  await host?.stop()
  await platform?.stop()
})

test('a wrong password is refused in the user’s language and nothing is kept', async ({ page }) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
  await signIn(page, loginName, 'Wrong-password-1')
  await expect(page.getByRole('alert')).toContainText('账号或密码错误')
  await expect(page.getByLabel('密码', { exact: true })).toHaveValue('')
  expect(keychainEntries(service)).toEqual([])
})

test('signing in shows who is signed in and keeps the sign-in in the keychain', async ({ page }) => {
  await page.goto(host.url)
  await signIn(page, loginName, password)
  await expect(page.getByRole('heading', { name: '张三，您好' })).toBeVisible()
  await expect(page.getByText('138****5678')).toBeVisible()
  const entries = keychainEntries(service)
  expect(entries).toHaveLength(1)
  seenRefreshTokens.push(entries[0]!.secret)
})

test('after a restart the session is restored from the keychain without a password', async ({ page }) => {
  await host.stop()
  host = await startHost(platform.url, join(work, 'client'), join(work, 'host.log'))
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: '张三，您好' })).toBeVisible()
  const entries = keychainEntries(service)
  expect(entries).toHaveLength(1)
  // Refresh tokens are single use: the restore rotated the stored one.
  expect(entries[0]!.secret).not.toBe(seenRefreshTokens[0])
  seenRefreshTokens.push(entries[0]!.secret)
})

test('signing out returns to the sign-in page and removes the keychain entry', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible()
  await expect(page.getByLabel('账号')).toHaveValue(loginName)
  expect(keychainEntries(service)).toEqual([])
})

test('the language can be switched to English', async ({ page }) => {
  await page.goto(host.url)
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
})

test('no password or token is written to the client data, or any log', () => {
  const hits = findSecrets([join(work, 'client'), host.logFile, platform.logFile], [password, ...seenRefreshTokens])
  expect(hits).toEqual([])
})

import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// The list reporter does not print skip reasons: say here why the Electron specs will skip.
if (!existsSync('node_modules/electron/dist')) {
  console.log('Electron specs will skip: no Electron binary here (node_modules/electron/dist is missing).')
}

export default defineConfig({
  testDir: 'e2e',
  // The longest flows (offline draft → queued → filed) photograph and check a dozen screens in two languages.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\//,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync'
          ]
        }
      }
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ }
  ]
})

import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { electron: resolve(import.meta.dirname, 'test/electron-stub.ts') } },
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'host/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests share one keychain; files run one after another so their entries never interleave.
    fileParallelism: false
  }
})

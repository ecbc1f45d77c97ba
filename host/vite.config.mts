import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** Builds the test host's bridge script (window.api over WebSocket); never part of the packaged app. */
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../out/host'),
    emptyOutDir: true,
    lib: {
      entry: resolve(import.meta.dirname, 'bridge-client.ts'),
      formats: ['iife'],
      name: 'PatentDeskHostBridge',
      fileName: () => 'bridge.js'
    }
  }
})

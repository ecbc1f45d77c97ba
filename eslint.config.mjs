import { builtinModules } from 'node:module'
import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'))

/** Imports a layer may not make, by module name (the folder arrows are checked below, by resolved path). */
const forbid = (names, why, { node = true, also = [] } = {}) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [...names.map((name) => ({ name, message: why })), ...also],
      patterns: node ? [{ regex: '^node:', message: why }] : []
    }
  ]
})
const sandboxed = 'The renderer runs sandboxed: it reaches the app only through window.api.'
const nodeAndNative = [...nodeBuiltins, 'electron', 'keytar', 'better-sqlite3', 'argon2', 'fastify', 'pino', 'ws']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] })]
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-unresolved': 'error',
      // The layers (../shared/STYLE.md): shared ← core ← main, preload; renderer sees only shared; server only shared.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/shared',
              from: ['./src/main', './src/preload', './src/renderer', './server', './host'],
              message: 'src/shared is pure: it imports no app code.'
            },
            {
              target: './src/main/core',
              from: './src/main',
              except: ['./core'],
              message: 'src/main/core is Electron-free: it may not import the Electron wiring in src/main.'
            },
            {
              target: './src/main/core',
              from: ['./src/preload', './src/renderer', './server', './host'],
              message: 'src/main/core imports only src/shared.'
            },
            {
              target: './src/renderer',
              from: ['./src/main', './src/preload', './server', './host'],
              message: 'The renderer sees only window.api and src/shared.'
            },
            {
              target: './src/preload',
              from: ['./src/main', './src/renderer', './server', './host'],
              message: 'The preload is derived from the contract in src/shared only.'
            },
            {
              target: './server',
              from: ['./src/main', './src/preload', './src/renderer', './host'],
              message: 'The platform server imports only src/shared of the client.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: forbid(nodeAndNative, 'src/shared is pure TypeScript: no Node, Electron or native modules.')
  },
  {
    files: ['src/main/core/**/*.ts', 'server/**/*.ts', 'host/**/*.ts'],
    rules: forbid(['electron'], 'Only src/main and src/preload may import electron (it cannot even load under Node tests).', {
      node: false
    })
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'host/bridge-client.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(nodeAndNative, sandboxed, {
        also: [{ name: '@ant-design/icons', message: 'Take icons from components/icons: they are hidden from screen readers unless labelled.' }]
      })
    }
  },
  {
    files: ['src/renderer/src/components/icons.tsx'],
    rules: forbid(nodeAndNative, sandboxed)
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' }
  }
)

// ESLint guards the process boundaries; Biome does formatting and general lint.
import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const electronOnlyHere = ['src/main/index.ts', 'src/main/electron/**', 'src/preload/**', 'e2e/electron/**']

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'test-results-*/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', 'build/**/*.js'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Electron stays at the edge: only the adapter files may import it, so all other main code runs in plain Node.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    ignores: electronOnlyHere,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only src/main/electron/*, src/main/index.ts and the preload may import electron.',
            },
          ],
          patterns: [{ group: ['electron/*'], message: 'Only the Electron adapter files may import electron.' }],
        },
      ],
    },
  },
  {
    // The renderer never reaches into main or Node: it talks through the bridge only.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main through window.thordata only.' }],
          patterns: [
            { group: ['**/main/**', 'node:*'], message: 'The renderer cannot import main-process or Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every word a user reads comes from the message catalog (src/shared/i18n): no literal text in JSX, nor in the
    // attributes people read (labels, titles, placeholders, accessible names).
    files: ['src/renderer/**/*.tsx'],
    ignores: ['**/*.test.tsx', 'src/renderer/src/test-utils/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'label',
              'title',
              'aria-label',
              'placeholder',
              'description',
              'alt',
              'error',
              'tooltip',
              'message',
            ],
          },
          // Form helpers that take a field name, not words.
          callees: { exclude: ['t', 'i18n(ext)?', 'text', 'field', 'getInputProps'] },
          // Example addresses and numbers are not words.
          words: { exclude: ['[0-9!-/:-@[-`{-~]+', '[A-Z_-]+', '^[0-9a-fA-F.:,\\s]+$', '^[\\s—·…–]+$'] },
        },
      ],
    },
  },
)

import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/** Dev server only: React Fast Refresh needs an inline script, which the app's CSP otherwise forbids. */
const devCsp = (): Plugin => ({
  name: 'thordata-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
})

/**
 * src/renderer/src/lib/early-start.ts is its own entry, loaded by its own script tag ahead of the app's bundle: a
 * few hundred bytes that run as soon as they arrive, so the session and balance requests and the shell's code do
 * not wait for React, Mantine and i18next to load and evaluate. (A second script in index.html would not do: Vite
 * merges an HTML file's module scripts into one entry.) In dev, main.tsx's graph runs it as usual.
 */
const EARLY_START = 'early-start'
const earlyStartScript = (): Plugin => ({
  name: 'thordata-early-start',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_START,
      )
      if (!chunk) throw new Error(`the ${EARLY_START} entry is missing from the renderer bundle`)
      const tag = `<script type="module" crossorigin src="./${chunk.fileName}"></script>`
      return html.replace(/(\s*)<script type="module"/, `$1${tag}$1<script type="module"`)
    },
  },
})

const shared = { '@shared': resolve('src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
  },
  preload: {
    resolve: { alias: shared },
    // A sandboxed preload cannot require npm modules: bundle everything into one file.
    build: { externalizeDeps: false },
  },
  renderer: {
    resolve: { alias: { ...shared, '@renderer': resolve('src/renderer/src') } },
    plugins: [react(), devCsp(), earlyStartScript()],
    build: {
      minify: true,
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          [EARLY_START]: resolve('src/renderer/src/lib/early-start.ts'),
        },
      },
    },
  },
})

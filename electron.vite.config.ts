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
 * src/renderer/src/lib/early-start.ts is its own entry, loaded by its own script tag; the app's entry (React,
 * Mantine, i18next, the catalogs) is only preloaded by index.html, and early-start imports it once the launch
 * screen has painted the balance kept from the last run. Evaluating the app's bundle holds the main thread for a
 * while; this way the session's answer and the figure do not wait for it. (A second script in index.html would
 * not do: Vite merges an HTML file's module scripts into one entry.) In dev, main.tsx's graph runs it as usual.
 */
const EARLY_START = 'early-start'
const earlyStartScript = (): Plugin => ({
  name: 'thordata-early-start',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => {
      const chunks = Object.values(context.bundle ?? {}).filter((output) => output.type === 'chunk' && output.isEntry)
      const early = chunks.find((chunk) => chunk.name === EARLY_START)
      const app = chunks.find((chunk) => chunk.name === 'index')
      if (!early || !app) throw new Error(`the ${EARLY_START} or index entry is missing from the renderer bundle`)
      const appTag = `<script type="module" crossorigin src="./${app.fileName}"></script>`
      if (!html.includes(appTag)) throw new Error(`index.html has no ${appTag}`)
      // async: it runs as soon as it arrives, without waiting for the stylesheet or the end of parsing.
      const earlyTag = `<script type="module" async crossorigin src="./${early.fileName}"></script>`
      const preload = `<link rel="modulepreload" crossorigin href="./${app.fileName}" data-thordata-entry>`
      return html.replace(appTag, `${earlyTag}\n    ${preload}`)
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

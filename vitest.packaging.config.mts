// The packaging proof (scripts/packaging/*.spec.ts) needs a build, so it runs after one: `npm run test:package`,
// which test:e2e calls right after `npm run build`. THORDATA_PACKAGE_OUT packages another build folder.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The update-feed spec drives main's updater code, which imports through these.
  resolve: { alias: { '@shared': resolve('src/shared'), '@renderer': resolve('src/renderer/src') } },
  test: {
    name: 'packaging',
    environment: 'node',
    include: ['scripts/packaging/**/*.spec.ts'],
    // Packages once (about 6 s) for every spec: the package inspection and the update feed built from it.
    globalSetup: ['scripts/packaging/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})

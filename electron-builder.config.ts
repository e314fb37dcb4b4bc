// electron-builder reads this file (through jiti) for `npm run dist` / `npm run package` and the release workflow.
// The configuration itself, and why each setting is there: scripts/packaging/builder-config.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createConfig } from './scripts/packaging/builder-config'

const { version } = JSON.parse(readFileSync(join(__dirname, 'package.json'), 'utf8')) as { version: string }

export default createConfig({ version, env: process.env, platform: process.platform })

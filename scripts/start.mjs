// `npm start`: build, then run the desktop app. Electron downloads its binary on first use; where that cannot
// happen (an offline build machine), the same app is served in the browser preview instead, and we say so.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' })

const build = run('npx', ['electron-vite', 'build'])
if (build.status !== 0) process.exit(build.status ?? 1)

let electronPath = null
try {
  // Requiring the package resolves (and on first use downloads) the Electron binary.
  electronPath = createRequire(import.meta.url)('electron')
} catch (error) {
  console.warn(`\nElectron could not start on this machine: ${error.message.split('\n')[0]}`)
  console.warn('Opening the browser preview instead: the same renderer, main-process handlers and demo simulator.\n')
}

const child = electronPath
  ? spawn('npx', ['electron-vite', 'preview', '--skipBuild'], { stdio: 'inherit', shell: process.platform === 'win32' })
  : spawn('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'e2e/bridge/serve.ts'], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    })
child.on('exit', (code) => process.exit(code ?? 0))

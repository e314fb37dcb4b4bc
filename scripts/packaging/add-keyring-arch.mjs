// Installs @napi-rs/keyring's prebuilt binary for another CPU of THIS operating system, so one electron-builder run
// can package both architectures (Windows x64 + arm64 in one NSIS installer, macOS x64 + arm64 with one
// latest-mac.yml). npm installs only the host's binary. It is a prebuilt N-API file, not a cross-compile, and
// another OS is refused: each OS builds on its own runner.
// Usage: node scripts/packaging/add-keyring-arch.mjs arm64|x64
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'

const cpu = process.argv[2]
if (cpu !== 'x64' && cpu !== 'arm64') {
  console.error('usage: node scripts/packaging/add-keyring-arch.mjs x64|arm64')
  process.exit(2)
}
const suffix = { darwin: `darwin-${cpu}`, win32: `win32-${cpu}-msvc` }[process.platform]
if (!suffix) {
  console.error(`${process.platform}: build each Linux architecture on its own runner (latest-linux*.yml differ)`)
  process.exit(2)
}
const require = createRequire(import.meta.url)
const keyringDir = dirname(require.resolve('@napi-rs/keyring/package.json'))
const keyring = JSON.parse(readFileSync(join(keyringDir, 'package.json'), 'utf8'))
const name = `@napi-rs/keyring-${suffix}`
const version = keyring.optionalDependencies?.[name]
if (!version) {
  console.error(`@napi-rs/keyring ${keyring.version} has no prebuilt ${name}`)
  process.exit(1)
}
if (cpu === process.arch) {
  console.log(`${name} is the host's own binary: npm ci installed it`)
  process.exit(0)
}
// --force: npm otherwise refuses a package whose "cpu" is not the host's (EBADPLATFORM). --no-save: the lockfile
// already lists it as an optional dependency; nothing in package.json changes.
const npm = spawnSync('npm', ['install', '--no-save', '--force', '--no-audit', '--no-fund', `${name}@${version}`], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
})
if (npm.status !== 0) process.exit(npm.status ?? 1)
const binary = join(process.cwd(), 'node_modules', name, `keyring.${suffix}.node`)
if (!existsSync(binary)) {
  console.error(`${binary} is missing after the install`)
  process.exit(1)
}
console.log(`added ${binary}`)

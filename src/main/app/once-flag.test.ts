import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createOnceFlag } from './once-flag'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'once-flag-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('createOnceFlag', () => {
  it('is unseen at first and seen after marking, also for a new instance (next launch)', () => {
    const file = join(tempDir(), 'nested', 'tray-notice-shown')
    expect(createOnceFlag(file).seen()).toBe(false)
    expect(createOnceFlag(file).mark()).toBe(true)
    expect(createOnceFlag(file).seen()).toBe(true)
  })

  it('does not throw when the flag cannot be written, and stays unseen', () => {
    const blocker = join(tempDir(), 'a-file')
    writeFileSync(blocker, '')
    const flag = createOnceFlag(join(blocker, 'sub', 'flag'))
    expect(flag.mark()).toBe(false)
    expect(flag.seen()).toBe(false)
  })
})

import * as nodeFs from 'node:fs/promises'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AtomicFs, readFilePatiently, writeFileAtomic } from './atomic-file'

let dir: string
let file: string
let waits: number[]
const sleep = async (ms: number) => {
  waits.push(ms)
}
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
/** Fails `times` calls of one operation with `code`, then lets them through. */
function failing<K extends 'rename' | 'readFile'>(name: K, code: string, times = Number.POSITIVE_INFINITY): AtomicFs {
  let calls = 0
  const real = (name === 'rename' ? nodeFs.rename : nodeFs.readFile) as (...args: unknown[]) => Promise<unknown>
  const fake = async (...args: unknown[]) => {
    if (++calls <= times) throw errno(code)
    return real(...args)
  }
  return { ...nodeFs, [name]: fake } as AtomicFs
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thordata-atomic-'))
  file = join(dir, 'state.json')
  waits = []
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('writeFileAtomic', () => {
  it('creates the folder, and the file readable only by the user', async () => {
    const nested = join(dir, 'a', 'state.json')
    await writeFileAtomic(nested, 'one')
    expect(await readFile(nested, 'utf8')).toBe('one')
    expect((await nodeFs.stat(nested)).mode & 0o077).toBe(0)
  })

  it('retries a rename refused for a moment (Windows: EBUSY while an antivirus holds the file)', async () => {
    await writeFile(file, 'old')
    await writeFileAtomic(file, 'new', { fs: failing('rename', 'EBUSY', 2), sleep })
    expect(await readFile(file, 'utf8')).toBe('new')
    expect(waits).toEqual([50, 100])
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it('gives up on a rename refused for longer, and leaves the old file and no temporary file', async () => {
    await writeFile(file, 'old')
    await expect(writeFileAtomic(file, 'new', { fs: failing('rename', 'EPERM'), sleep })).rejects.toThrow('EPERM')
    expect(waits).toEqual([50, 100, 150, 200])
    expect(await readFile(file, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it('does not retry a rename that cannot succeed (EXDEV)', async () => {
    await expect(writeFileAtomic(file, 'new', { fs: failing('rename', 'EXDEV'), sleep })).rejects.toThrow('EXDEV')
    expect(waits).toEqual([])
    expect(await readdir(dir)).toEqual([])
  })
})

describe('readFilePatiently', () => {
  it.each(['EBUSY', 'EPERM', 'EACCES', 'EMFILE', 'ENFILE', 'EAGAIN'])('reads through a passing %s', async (code) => {
    await writeFile(file, 'text')
    expect(await readFilePatiently(file, { fs: failing('readFile', code, 3), sleep })).toBe('text')
    expect(waits).toEqual([25, 50, 100])
  })

  it('throws a hold that lasts, after a quarter of a second of retries', async () => {
    await writeFile(file, 'text')
    await expect(readFilePatiently(file, { fs: failing('readFile', 'EBUSY'), sleep })).rejects.toThrow('EBUSY')
    expect(waits).toEqual([25, 50, 100])
  })

  it('throws at once what waiting cannot change: no file, a folder in its place', async () => {
    await expect(readFilePatiently(file, { sleep })).rejects.toMatchObject({ code: 'ENOENT' })
    await mkdir(file)
    await expect(readFilePatiently(file, { sleep })).rejects.toMatchObject({ code: 'EISDIR' })
    expect(waits).toEqual([])
  })
})

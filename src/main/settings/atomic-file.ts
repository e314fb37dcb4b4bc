import * as nodeFs from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import type { Logger } from '../log/logger'

/** The file operations a durable write and a patient read use, injectable so tests can make one of them fail. */
export type AtomicFs = Pick<typeof nodeFs, 'mkdir' | 'open' | 'readFile' | 'rename' | 'rm'>

export interface AtomicFileOptions {
  fs?: AtomicFs
  /** Told when the folder could not be flushed for a reason other than the platform not allowing it. */
  log?: Pick<Logger, 'warn'>
  /** File mode of a newly written file; only the user may read it unless told otherwise. */
  mode?: number
  /** Waits between retries; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? ''
// Windows: an antivirus or indexer holding the file briefly makes rename fail with EPERM/EBUSY.
const renameBusy = (error: unknown) => ['EPERM', 'EBUSY', 'EACCES'].includes(codeOf(error))
// The same holders make a read fail for a moment, as do too many open files (EMFILE/ENFILE) and EAGAIN.
const readBusy = (error: unknown) => ['EBUSY', 'EPERM', 'EACCES', 'EMFILE', 'ENFILE', 'EAGAIN'].includes(codeOf(error))
// Directories cannot be opened or fsynced on Windows and some file systems; the rename is still done.
const dirSyncUnsupported = (error: unknown) =>
  ['EPERM', 'EINVAL', 'EISDIR', 'ENOTSUP', 'EACCES'].includes(codeOf(error))

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))
/** Backoff before each retry: under half a second for a rename, a quarter for a read at startup. */
export const renameDelays = [50, 100, 150, 200]
export const readDelays = [25, 50, 100]

let counter = 0

async function withRetry<T>(run: () => Promise<T>, transient: (e: unknown) => boolean, delays: number[], sleep = wait) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      const delay = delays[attempt]
      if (!transient(error) || delay === undefined) throw error
      await sleep(delay)
    }
  }
}

/**
 * Replaces `file` with `text` so that a crash or power cut leaves the old file or the new one, never an empty or
 * half-written one: a temporary file next to it, flushed, renamed over it, then the folder flushed.
 */
export async function writeFileAtomic(file: string, text: string, options: AtomicFileOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs
  const dir = dirname(file)
  await fs.mkdir(dir, { recursive: true })
  const tmp = `${file}.${process.pid}.${++counter}.tmp`
  try {
    const handle = await fs.open(tmp, 'w', options.mode ?? 0o600)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await withRetry(() => fs.rename(tmp, file), renameBusy, renameDelays, options.sleep)
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncDir(fs, dir, file, options.log)
}

/** Makes the rename itself durable where the platform allows it. The new file is in place either way. */
async function syncDir(fs: AtomicFs, dir: string, file: string, log?: Pick<Logger, 'warn'>) {
  try {
    const handle = await fs.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (!dirSyncUnsupported(error)) log?.warn(`could not flush the folder of ${basename(file)}`, error)
  }
}

/**
 * Reads `file` as UTF-8, retrying a moment when something holds it (antivirus, indexer, too many open files), so a
 * passing hold is not taken for a broken file. Other errors (ENOENT, EISDIR…) and a hold that lasts are thrown.
 */
export function readFilePatiently(file: string, options: Pick<AtomicFileOptions, 'fs' | 'sleep'> = {}) {
  const fs = options.fs ?? nodeFs
  return withRetry(() => fs.readFile(file, 'utf8'), readBusy, readDelays, options.sleep)
}

/** JSON.parse that answers null for text that is not JSON. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

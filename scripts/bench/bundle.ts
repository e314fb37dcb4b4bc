import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleFigures {
  js: { raw: number; gzip: number; files: string[] }
  css: { raw: number; gzip: number; files: string[] }
}

/** What index.html loads before anything lazy: its script and stylesheet (and the modules they preload). */
export async function initialBundle(rendererDir: string): Promise<BundleFigures> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1])
  const figures: BundleFigures = { js: { raw: 0, gzip: 0, files: [] }, css: { raw: 0, gzip: 0, files: [] } }
  for (const ref of new Set(refs)) {
    const kind = ref.endsWith('.css') ? 'css' : ref.endsWith('.js') ? 'js' : null
    if (!kind) continue
    const body = await readFile(join(rendererDir, ref))
    figures[kind].raw += body.length
    figures[kind].gzip += gzipSync(body, { level: 9 }).length
    figures[kind].files.push(ref)
  }
  return figures
}

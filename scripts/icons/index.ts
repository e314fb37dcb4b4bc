// `npm run icons`: redraws every icon from build/icon.svg. PNGs are rasterized by resvg; the .ico and .icns are
// packed by icon-gen from PNGs drawn for each of their sizes (the small ones in the bolder design).
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import icongen from 'icon-gen'
import { ICNS_SIZES, ICO_SIZES, pngOutputs, renderPng } from './outputs'
import { readMark } from './source'
import { appIcon, appIconAt } from './variants'

const root = resolve(__dirname, '..', '..')

/** Writes `sizes` as <px>.png into a scratch folder (icon-gen's input) and packs them into `target`. */
async function pack(kind: 'ico' | 'icns', sizes: number[], draw: (px: number) => string, target: string) {
  const work = mkdtempSync(join(tmpdir(), `thordata-${kind}-`))
  try {
    for (const px of sizes) writeFileSync(join(work, `${px}.png`), renderPng(draw(px)))
    const [written] = await icongen(work, work, { report: false, [kind]: { name: 'icon', sizes } })
    renameSync(written, target)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

async function main() {
  const mark = readMark()
  for (const output of pngOutputs()) {
    const file = join(root, output.file)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, renderPng(output.svg(mark)))
  }
  // Windows: the small design for 16–32 px, as the title bar and taskbar show them.
  await pack('ico', ICO_SIZES, (px) => appIconAt(mark, px), join(root, 'build', 'icon.ico'))
  // macOS draws its own small sizes from the full icon, margin included.
  await pack('icns', ICNS_SIZES, (px) => appIcon(mark, px), join(root, 'build', 'icon.icns'))
  console.log(`icons: ${pngOutputs().length} PNGs, build/icon.ico and build/icon.icns drawn from build/icon.svg`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

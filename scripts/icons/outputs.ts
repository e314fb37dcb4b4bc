// Every icon file `npm run icons` writes, with its size and how it is drawn. The test checks the same list.
import { Resvg } from '@resvg/resvg-js'
import type { Mark } from './source'
import { appIcon, appIconAt, TRAY_STATES, trayIcon, trayTemplate } from './variants'

export interface PngOutput {
  /** Relative to the project root. */
  file: string
  px: number
  svg: (mark: Mark) => string
}

/** Linux (hicolor sizes, electron-builder's linux.icon folder), from 16 px up. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
/** What Windows shows, from the title bar to the large tiles. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** Finder's sizes, @1x and @2x: 16 to 1024. */
export const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024]

export const TRAY_PX = { '': 16, '@2x': 32 } as const

export function pngOutputs(): PngOutput[] {
  const outputs: PngOutput[] = [
    { file: 'build/icon.png', px: 1024, svg: (mark) => appIcon(mark, 1024) },
    { file: 'resources/icon.png', px: 512, svg: (mark) => appIcon(mark, 512) },
    ...LINUX_SIZES.map((px) => ({ file: `build/icons/${px}x${px}.png`, px, svg: (mark: Mark) => appIconAt(mark, px) })),
  ]
  for (const state of TRAY_STATES) {
    for (const [suffix, px] of Object.entries(TRAY_PX)) {
      outputs.push({ file: `resources/tray/tray-${state}${suffix}.png`, px, svg: (mark) => trayIcon(mark, state, px) })
      outputs.push({
        file: `resources/tray/tray-${state}Template${suffix}.png`,
        px,
        svg: (mark) => trayTemplate(mark, state, px),
      })
    }
  }
  return outputs
}

/** Rasterizes one of the documents above at its own size (resvg: the same pixels on every machine). */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false } })
  return resvg.render().asPng()
}

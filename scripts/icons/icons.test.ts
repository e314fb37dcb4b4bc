// Every icon the packaging configuration and the tray use exists at the sizes expected, and each is what
// `npm run icons` draws from build/icon.svg today (so the SVG really is the one source).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { TrayIcon } from '../../src/main/tray/model'
import { trayIconFile } from '../../src/main/tray/presenter'
import { createConfig } from '../packaging/builder-config'
import { ICNS_SIZES, ICO_SIZES, LINUX_SIZES, pngOutputs, renderPng, TRAY_PX } from './outputs'
import { parseMark, readMark } from './source'
import { appIcon, appIconAt, TRAY_STATES, type TrayState } from './variants'

const root = resolve(__dirname, '../..')
const read = (file: string) => readFileSync(join(root, file))
const decode = (png: Buffer) => PNG.sync.read(png)
const config = createConfig({ version: '1.0.0', env: { THORDATA_UPDATE_URL: 'https://x.test/' }, platform: 'linux' })
const mark = readMark()

// The tray's states and the drawn ones are the same set: a compile error (npm run typecheck) otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const statesMatch: Same<TrayIcon, TrayState> = true

/** The largest difference of any channel of any pixel (premultiplied, so fully transparent pixels agree). */
function maxDifference(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 255
  let max = 0
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      const alphaA = c === 3 ? 255 : a.data[i + 3]
      const alphaB = c === 3 ? 255 : b.data[i + 3]
      max = Math.max(max, Math.abs((a.data[i + c] * alphaA) / 255 - (b.data[i + c] * alphaB) / 255))
    }
  }
  return max
}

/** ICO directory entries, and the pixels of each BMP entry (BGRA bottom-up, as icon-gen writes them) as RGBA. */
function readIco(file: Buffer) {
  expect(file.readUInt16LE(2)).toBe(1)
  return Array.from({ length: file.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i
    const size = file[at] || 256
    expect(file[at + 1] || 256).toBe(size)
    const data = file.subarray(file.readUInt32LE(at + 12), file.readUInt32LE(at + 12) + file.readUInt32LE(at + 8))
    const header = data.readUInt32LE(0)
    const rgba = Buffer.alloc(size * size * 4)
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const from = header + ((size - 1 - y) * size + x) * 4
        const to = (y * size + x) * 4
        rgba[to] = data[from + 2]
        rgba[to + 1] = data[from + 1]
        rgba[to + 2] = data[from]
        rgba[to + 3] = data[from + 3]
      }
    }
    return { size, image: Object.assign(new PNG({ width: size, height: size }), { data: rgba }) }
  })
}

/** ICNS chunks: type → PNG (the modern types) or raw bytes. */
function readIcns(file: Buffer): Map<string, Buffer> {
  expect(file.subarray(0, 4).toString('latin1')).toBe('icns')
  expect(file.readUInt32BE(4)).toBe(file.length)
  const chunks = new Map<string, Buffer>()
  for (let at = 8; at < file.length; at += file.readUInt32BE(at + 4)) {
    chunks.set(file.subarray(at, at + 4).toString('latin1'), file.subarray(at + 8, at + file.readUInt32BE(at + 4)))
  }
  return chunks
}

describe('icons named by the packaging configuration', () => {
  it('macOS: build/icon.icns holds every Finder size, @1x and @2x, drawn from the SVG', () => {
    expect(config.mac?.icon).toBe('build/icon.icns')
    const chunks = readIcns(read('build/icon.icns'))
    const pngTypes = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 }
    for (const [type, px] of Object.entries(pngTypes)) {
      const png = decode(chunks.get(type) as Buffer)
      expect([png.width, png.height], type).toEqual([px, px])
    }
    expect(new Set(Object.values(pngTypes))).toEqual(new Set(ICNS_SIZES.filter((px) => px >= 32)))
    expect(maxDifference(decode(chunks.get('ic10') as Buffer), decode(renderPng(appIcon(mark, 1024))))).toBeLessThan(3)
  })

  it('Windows: build/icon.ico holds 16 to 256 px, the small ones in the bolder design', () => {
    expect(config.win?.icon).toBe('build/icon.ico')
    const entries = readIco(read('build/icon.ico'))
    expect(entries.map((entry) => entry.size)).toEqual(ICO_SIZES)
    for (const { size, image } of entries.filter((entry) => [16, 48, 256].includes(entry.size))) {
      expect(maxDifference(image, decode(renderPng(appIconAt(mark, size)))), `${size} px`).toBeLessThan(3)
    }
  })

  it('Linux: build/icons/<n>x<n>.png for every hicolor size, and the window icon', () => {
    expect(config.linux?.icon).toBe('build/icons')
    for (const px of LINUX_SIZES) {
      const png = decode(read(`build/icons/${px}x${px}.png`))
      expect([png.width, png.height]).toEqual([px, px])
    }
    expect(decode(read('build/icon.png')).width).toBe(1024)
    // src/main/index.ts gives the window resources/icon.png on Linux.
    expect(readFileSync(join(root, 'src/main/index.ts'), 'utf8')).toContain("join(resources, 'icon.png')")
    expect(decode(read('resources/icon.png')).width).toBe(512)
  })
})

describe('tray icons', () => {
  it('every file the tray loads, on each platform, exists at 1x (16 px) and @2x (32 px)', () => {
    expect(statesMatch).toBe(true)
    for (const state of TRAY_STATES) {
      for (const platform of ['darwin', 'linux', 'win32']) {
        const file = trayIconFile(state, platform)
        const base = file.replace(/(@2x)?\.png$/, '')
        for (const [suffix, px] of Object.entries(TRAY_PX)) {
          const png = decode(read(`resources/tray/${base}${suffix}.png`))
          expect([png.width, png.height], `${base}${suffix}`).toEqual([px, px])
        }
      }
    }
  })

  it('macOS template images are black with alpha only', () => {
    for (const state of TRAY_STATES) {
      for (const suffix of Object.keys(TRAY_PX)) {
        const { data } = decode(read(`resources/tray/tray-${state}Template${suffix}.png`))
        let opaque = 0
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] === 0) continue
          opaque++
          expect([data[i], data[i + 1], data[i + 2]], `${state}${suffix} pixel ${i / 4}`).toEqual([0, 0, 0])
        }
        expect(opaque, `${state}${suffix} draws something`).toBeGreaterThan(20)
      }
    }
  })

  it('the coloured states differ as the tray means them: amber badge, red badge, grey when signed out', () => {
    const colours = (state: TrayState) => {
      const { data } = decode(read(`resources/tray/tray-${state}@2x.png`))
      const seen = { amber: 0, red: 0, blue: 0, coloured: 0 }
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]]
        if (a < 250) continue
        if (r > 220 && g > 130 && g < 180 && b < 40) seen.amber++
        if (r > 200 && g < 80 && b < 80) seen.red++
        if (b > r + 60) seen.blue++
        if (Math.max(r, g, b) - Math.min(r, g, b) > 40) seen.coloured++
      }
      return seen
    }
    expect(colours('normal')).toMatchObject({ amber: 0, red: 0 })
    expect(colours('normal').blue).toBeGreaterThan(300)
    expect(colours('low').amber).toBeGreaterThan(30)
    expect(colours('error').red).toBeGreaterThan(30)
    expect(colours('signed-out').coloured).toBe(0)
  })
})

describe('one source: build/icon.svg', () => {
  it('every PNG is what `npm run icons` draws from the SVG today (run it after changing the SVG)', () => {
    for (const output of pngOutputs()) {
      const committed = decode(read(output.file))
      expect([committed.width, committed.height], output.file).toEqual([output.px, output.px])
      expect(maxDifference(committed, decode(renderPng(output.svg(mark)))), output.file).toBeLessThan(3)
    }
  })

  it('the renderer draws the same mark (LogoMark.tsx)', () => {
    const tsx = readFileSync(join(root, 'src/renderer/src/ui/LogoMark.tsx'), 'utf8')
    const paths = [...tsx.matchAll(/<path d="([^"]+)"/g)].map((match) => match[1])
    expect(paths).toEqual([mark.bar.attrs.d, mark.stem.attrs.d, mark.ticks.attrs.d])
    expect(tsx).toContain(`<circle cx="${mark.node.attrs.cx}" cy="${mark.node.attrs.cy}" r="${mark.node.attrs.r}"`)
    expect(tsx).toContain(`stopColor="${mark.gradient.from}"`)
    expect(tsx).toContain(`stopColor="${mark.gradient.to}"`)
    expect(tsx).toContain(`rx="${mark.tile.attrs.rx}"`)
  })

  it('a source without one of the shapes is refused by name', () => {
    const svg = readFileSync(join(root, 'build/icon.svg'), 'utf8')
    expect(() => parseMark(svg.replace('id="stem"', 'id="trunk"'))).toThrow('no element with id="stem"')
    expect(() => parseMark(svg.replace(/<stop [^>]*\/>/, ''))).toThrow('exactly two stops')
  })

  it('a change to the SVG changes the icons drawn from it', () => {
    const svg = readFileSync(join(root, 'build/icon.svg'), 'utf8')
    const moved = parseMark(svg.replace('d="M16 10v9.5"', 'd="M12 10v9.5"'))
    const before = decode(renderPng(pngOutputs()[0].svg(mark)))
    const after = decode(renderPng(pngOutputs()[0].svg(moved)))
    expect(maxDifference(before, after)).toBeGreaterThan(100)
  })
})

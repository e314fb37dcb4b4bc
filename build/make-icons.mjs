// Draws the app icon (build/icon.png, .ico, .icns, resources/icon.png) and the tray icons (resources/tray/)
// with ImageMagick 6 (`convert`). The mark matches src/renderer/src/ui/LogoMark.tsx: a "T" whose stem ends in a
// node, white on the brand gradient. Run: node build/make-icons.mjs
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(tmpdir(), `thordata-icons-${process.pid}`)
mkdirSync(work, { recursive: true })
mkdirSync(join(root, 'resources', 'tray'), { recursive: true })

const BRAND_FROM = '#627ce2'
const BRAND_TO = '#2844b0'
const GREY_FROM = '#adb5bd'
const GREY_TO = '#6c757d'
const AMBER = '#f59f00'
const RED = '#e03131'

const convert = (...args) => execFileSync('convert', args.flat(), { stdio: 'inherit' })

/** Where the 32-unit grid lands on the canvas: scale k, offset (ox, oy) in pixels. */
const frame = (k, ox = 0, oy = 0) => ({ k, x: (u) => ox + u * k, y: (u) => oy + u * k })

/** A capsule (a line with round caps) as a rounded rectangle. */
const capsule = (f, x1, y1, x2, y2, width) => {
  const r = (width / 2) * f.k
  return `roundrectangle ${f.x(Math.min(x1, x2)) - r},${f.y(Math.min(y1, y2)) - r} ${f.x(Math.max(x1, x2)) + r},${f.y(Math.max(y1, y2)) + r} ${r},${r}`
}
const circle = (f, cx, cy, r) => `circle ${f.x(cx)},${f.y(cy)} ${f.x(cx + r)},${f.y(cy)}`

/** The mark in LogoMark's 32-unit viewBox; `bold` thickens it for small sizes. */
function markDraw(f, { bold = 1, color = 'white', nodeOpacity = 0.9 } = {}) {
  const w = 3.2 * bold
  const parts = [
    `fill ${color}`,
    capsule(f, 9, 9.5, 23, 9.5, w),
    capsule(f, 16, 10, 16, 19.5, w),
    `fill-opacity ${nodeOpacity}`,
    circle(f, 16, 23.5, 2.4 * Math.min(bold, 1.25)),
  ]
  return parts.join(' ')
}

/** The two faint ticks under the bar, drawn opaque: drawFaint() lays them on at 55 % in one piece. */
const ticksDraw = (f, color = 'white') =>
  [
    `stroke ${color}`,
    `stroke-width ${1.6 * f.k}`,
    'stroke-linecap round',
    `line ${f.x(9)},${f.y(9.5)} ${f.x(6.5)},${f.y(14)}`,
    `line ${f.x(23)},${f.y(9.5)} ${f.x(25.5)},${f.y(14)}`,
  ].join(' ')

/** The tile: the brand gradient in a rounded square covering `inset`..32-`inset` of the 32-unit box. */
function tile(file, px, { inset = 0, radius = 8, from = BRAND_FROM, to = BRAND_TO }) {
  const k = px / 32
  const a = inset * k
  const b = px - inset * k - 1
  convert(
    ['-size', `${px}x${px}`, 'xc:none'],
    [
      '(',
      '-size',
      `${b - a + 1}x${b - a + 1}`,
      '-define',
      'gradient:direction=SouthEast',
      `gradient:${from}-${to}`,
      ')',
    ],
    ['-geometry', `+${a}+${a}`, '-composite'],
    [
      '(',
      '-size',
      `${px}x${px}`,
      'xc:none',
      '-fill',
      'white',
      '-draw',
      `roundrectangle ${a},${a} ${b},${b} ${radius * k},${radius * k}`,
      ')',
    ],
    ['-compose', 'DstIn', '-composite', file],
  )
}

/** A transparent copy of the current image with `draw` (MVG) on it, as a parenthesised ImageMagick layer. */
const layer = (draw, ...after) => [
  '(',
  '+clone',
  '-alpha',
  'transparent',
  '-fill',
  'white',
  '-draw',
  draw,
  ...after,
  ')',
]

/** Cuts `draw` out of `file`. */
const cut = (file, draw) => convert(file, layer(draw), '-compose', 'DstOut', '-composite', file)

/** Draws `draw` over `file`, cutting the round `hole` out first (the ring around a badge). */
function drawOver(file, draw, hole) {
  if (hole) cut(file, hole)
  convert(file, '-compose', 'Over', '-draw', draw, file)
}

/** Draws `draw` on a layer of its own and lays it over `file` at `opacity`, so overlapping strokes do not add up. */
const drawFaint = (file, draw, opacity) =>
  convert(
    file,
    layer(draw, '-channel', 'A', '-evaluate', 'multiply', `${opacity}`, '+channel'),
    '-compose',
    'Over',
    '-composite',
    file,
  )

const shrink = (from, to, px) =>
  convert(
    from,
    '-filter',
    'box',
    '-resize',
    `${px}x${px}`,
    '-depth',
    '8',
    '-define',
    'png:exclude-chunks=date,time',
    `PNG32:${to}`,
  )

// App icon: macOS-style margin (824 of 1024), drawn at twice the size and scaled down for clean edges.
{
  const big = join(work, 'app.png')
  tile(big, 2048, { inset: 3.125, radius: 7.2 })
  // The mark fills the inset tile (3.125..28.875 of the 32-unit box) as it fills LogoMark's.
  const inset = 3.125 * (2048 / 32)
  const grid = frame((2048 - 2 * inset) / 32, inset, inset)
  drawFaint(big, ticksDraw(grid), 0.55)
  drawOver(big, markDraw(grid))
  shrink(big, join(root, 'build', 'icon.png'), 1024)
  shrink(big, join(root, 'resources', 'icon.png'), 512)
  const sizes = [16, 24, 32, 48, 64, 128, 256]
  const pngs = sizes.map((px) => {
    const f = join(work, `ico-${px}.png`)
    // Small sizes get a full-bleed tile and a bolder mark without the ticks, or they blur to a blob.
    if (px <= 32) {
      const hi = join(work, `ico-hi-${px}.png`)
      tile(hi, px * 8, { radius: 7 })
      drawOver(hi, markDraw(frame((px * 8) / 32), { bold: 1.3 }))
      shrink(hi, f, px)
    } else shrink(big, f, px)
    return f
  })
  convert(pngs, join(root, 'build', 'icon.ico'))
  writeIcns(big, join(root, 'build', 'icon.icns'))
}

/** ICNS is a list of PNG chunks; ImageMagick 6 cannot write it, so it is assembled here. */
function writeIcns(source, target) {
  const chunks = [
    ['ic11', 32],
    ['ic12', 64],
    ['ic07', 128],
    ['ic13', 256],
    ['ic08', 256],
    ['ic14', 512],
    ['ic09', 512],
    ['ic10', 1024],
  ].map(([type, px]) => {
    const f = join(work, `icns-${type}.png`)
    shrink(source, f, px)
    const png = readFileSync(f)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(chunks)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(body.length + 8, 4)
  writeFileSync(target, Buffer.concat([head, body]))
}

// Tray icons. Badge at the bottom right, in a ring cut out of the mark: a plain dot for "low",
// a no-entry sign (dot with a bar) for "error", so the two differ in shape as well as colour.
const badge = { cx: 25.5, cy: 25.5, r: 5.2, ring: 7.4, bar: 3.4 }
const states = {
  normal: {},
  low: { badge: AMBER },
  error: { badge: RED, bar: true },
  'signed-out': { grey: true },
}

for (const [state, look] of Object.entries(states)) {
  for (const [suffix, px] of [
    ['', 16],
    ['@2x', 32],
  ]) {
    const K = 16
    const k = (px * K) / 32
    const grid = frame(k)
    const hole = look.badge ? circle(grid, badge.cx, badge.cy, badge.ring) : null
    const dot = circle(grid, badge.cx, badge.cy, badge.r)
    const bar = capsule(grid, badge.cx - badge.bar / 2, badge.cy, badge.cx + badge.bar / 2, badge.cy, 1.8)

    // macOS template: black with alpha; the menu bar colours it. The glyph alone, enlarged to fill the icon.
    const template = join(work, `t-${state}${suffix}.png`)
    convert('-size', `${px * K}x${px * K}`, 'xc:none', template)
    drawOver(
      template,
      markDraw(frame(k * 1.3, -4.8 * k, -6.2 * k), { bold: 1.15, color: 'black', nodeOpacity: 1 }),
      hole,
    )
    if (look.badge) drawOver(template, `fill black ${dot}`)
    if (look.bar) cut(template, bar)
    if (look.grey) convert(template, '-channel', 'A', '-evaluate', 'multiply', '0.45', '+channel', template)
    shrink(template, join(root, 'resources', 'tray', `tray-${state}Template${suffix}.png`), px)

    // Windows and Linux: the coloured tile, grey when signed out, with a coloured badge.
    const coloured = join(work, `c-${state}${suffix}.png`)
    tile(coloured, px * K, look.grey ? { radius: 7, from: GREY_FROM, to: GREY_TO } : { radius: 7 })
    drawOver(coloured, markDraw(grid, { bold: 1.3 }), hole)
    if (look.badge) drawOver(coloured, `fill ${look.badge} ${dot}`)
    if (look.bar) drawOver(coloured, `fill white ${bar}`)
    shrink(coloured, join(root, 'resources', 'tray', `tray-${state}${suffix}.png`), px)
  }
}

rmSync(work, { recursive: true, force: true })

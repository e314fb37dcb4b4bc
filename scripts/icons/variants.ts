// Every icon as an SVG document composed from the mark in build/icon.svg (32-unit grid): the app icon with macOS's
// margin, a bolder full-bleed version for 16–32 px, and the tray icons (coloured, and macOS templates in black with
// alpha) for each tray state, with their badges.
import { draw, type Mark, num } from './source'

export const TRAY_STATES = ['normal', 'low', 'error', 'signed-out'] as const
export type TrayState = (typeof TRAY_STATES)[number]

const AMBER = '#f59f00'
const RED = '#e03131'
const GREY = { from: '#adb5bd', to: '#6c757d' }
/** The badge at the bottom right sits in a transparent ring cut out of whatever is under it. */
const BADGE = { cx: 25.5, cy: 25.5, r: 5.2, ring: 7.4, bar: 3.4, barWidth: 1.8 }
/** "low" is a plain dot, "error" a no-entry sign: the two differ in shape as well as colour. */
const LOOK: Record<TrayState, { badge?: string; bar?: boolean; grey?: boolean }> = {
  normal: {},
  low: { badge: AMBER },
  error: { badge: RED, bar: true },
  'signed-out': { grey: true },
}

const svg = (px: number, defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 32 32"><defs>${defs}</defs>${body}</svg>`

const gradient = (colours: { from: string; to: string }) =>
  `<linearGradient id="tile-fill" x1="0" y1="0" x2="32" y2="32" gradientUnits="userSpaceOnUse">` +
  `<stop offset="0" stop-color="${colours.from}"/><stop offset="1" stop-color="${colours.to}"/></linearGradient>`

/** A mask that keeps everything but `cut` (SVG drawn black on white). */
const mask = (id: string, cut: string) =>
  `<mask id="${id}" maskUnits="userSpaceOnUse" x="-8" y="-8" width="48" height="48">` +
  `<rect x="-8" y="-8" width="48" height="48" fill="#fff"/>${cut}</mask>`

const ringCut = `<circle cx="${BADGE.cx}" cy="${BADGE.cy}" r="${BADGE.ring}" fill="#000"/>`
const badgeBar = (colour: string) => {
  const half = BADGE.bar / 2
  return (
    `<path d="M${BADGE.cx - half} ${BADGE.cy}H${BADGE.cx + half}" stroke="${colour}" ` +
    `stroke-width="${BADGE.barWidth}" stroke-linecap="round" fill="none"/>`
  )
}
const dot = (colour: string, extra = '') =>
  `<circle cx="${BADGE.cx}" cy="${BADGE.cy}" r="${BADGE.r}" fill="${colour}"${extra}/>`

interface GlyphOptions {
  /** Stroke widths × bold (the node grows at most 1.25×): small sizes need a heavier mark. */
  bold?: number
  colour?: string
  nodeOpacity?: number
}

/** The "T" with its node, from the source's bar, stem and node. */
function glyph(mark: Mark, { bold = 1, colour, nodeOpacity }: GlyphOptions = {}): string {
  const stroke = (shape: Mark['bar']) =>
    draw(shape, { 'stroke-width': num(shape, 'stroke-width') * bold, ...(colour ? { stroke: colour } : {}) })
  return (
    stroke(mark.bar) +
    stroke(mark.stem) +
    draw(mark.node, {
      r: num(mark.node, 'r') * Math.min(bold, 1.25),
      ...(colour ? { fill: colour } : {}),
      ...(nodeOpacity !== undefined ? { opacity: nodeOpacity } : {}),
    })
  )
}

const tile = (mark: Mark, rx: number) => draw(mark.tile, { rx, fill: 'url(#tile-fill)' })

/** The app icon: the tile inset to macOS's 824-of-1024 grid with its corner radius, ticks and all. */
export function appIcon(mark: Mark, px: number): string {
  const inset = 3.125
  const scale = (32 - 2 * inset) / 32
  return svg(
    px,
    gradient(mark.gradient),
    `<g transform="translate(${inset} ${inset}) scale(${scale})">` +
      `${tile(mark, 7.2 / scale)}${draw(mark.ticks)}${glyph(mark)}</g>`,
  )
}

/** 16–32 px: a full-bleed tile and a bolder mark without the ticks, or it blurs to a blob. */
export function smallAppIcon(mark: Mark, px: number): string {
  return svg(px, gradient(mark.gradient), `${tile(mark, 7)}${glyph(mark, { bold: 1.3 })}`)
}

/** The app icon fit for `px`: the small design up to 32 px, the full one above. */
export const appIconAt = (mark: Mark, px: number) => (px <= 32 ? smallAppIcon(mark, px) : appIcon(mark, px))

/** Windows and Linux trays: the coloured tile (grey when signed out) with a coloured badge. */
export function trayIcon(mark: Mark, state: TrayState, px: number): string {
  const look = LOOK[state]
  const defs = gradient(look.grey ? GREY : mark.gradient) + (look.badge ? mask('ring', ringCut) : '')
  const base = `${tile(mark, 7)}${glyph(mark, { bold: 1.3 })}`
  const body =
    (look.badge ? `<g mask="url(#ring)">${base}</g>${dot(look.badge)}` : base) + (look.bar ? badgeBar('#fff') : '')
  return svg(px, defs, body)
}

/** macOS menu bar: black with alpha (the menu bar colours it), the glyph alone, enlarged to fill the icon. */
export function trayTemplate(mark: Mark, state: TrayState, px: number): string {
  const look = LOOK[state]
  const defs = (look.badge ? mask('ring', ringCut) : '') + (look.bar ? mask('bar', badgeBar('#000')) : '')
  const enlarged = `<g transform="translate(-4.8 -6.2) scale(1.3)">${glyph(mark, { bold: 1.15, colour: '#000', nodeOpacity: 1 })}</g>`
  let body = look.badge ? `<g mask="url(#ring)">${enlarged}</g>` : enlarged
  if (look.badge) body += dot('#000', look.bar ? ' mask="url(#bar)"' : '')
  // Signed out: the same glyph, faded.
  if (look.grey) body = `<g opacity="0.45">${body}</g>`
  return svg(px, defs, body)
}

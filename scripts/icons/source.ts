// Reads the mark out of build/icon.svg: its gradient and its five shapes, each found by id. Every icon is drawn
// from these, so a change to the SVG changes all of them (npm run icons).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export type Attrs = Record<string, string>

export interface Shape {
  tag: 'rect' | 'path' | 'circle'
  attrs: Attrs
}

export interface Mark {
  /** The brand gradient's two stops. */
  gradient: { from: string; to: string }
  tile: Shape
  ticks: Shape
  bar: Shape
  stem: Shape
  node: Shape
}

export const SHAPE_IDS = ['tile', 'ticks', 'bar', 'stem', 'node'] as const

const attributesOf = (text: string): Attrs =>
  Object.fromEntries([...text.matchAll(/([\w:-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]))

/** Parses the mark; throws naming what is missing, so a broken source never draws half an icon. */
export function parseMark(svg: string): Mark {
  const elements = [...svg.matchAll(/<(rect|path|circle|stop)\b([^>]*?)\/?>/g)].map((match) => ({
    tag: match[1],
    attrs: attributesOf(match[2]),
  }))
  const stops = elements.filter((element) => element.tag === 'stop').map((element) => element.attrs['stop-color'])
  if (stops.length !== 2 || stops.some((colour) => !colour)) {
    throw new Error('build/icon.svg: the brand gradient needs exactly two stops with a stop-color')
  }
  const shape = (id: (typeof SHAPE_IDS)[number]): Shape => {
    const element = elements.find((candidate) => candidate.attrs.id === id)
    if (!element) throw new Error(`build/icon.svg has no element with id="${id}"`)
    const { id: _id, ...attrs } = element.attrs
    return { tag: element.tag as Shape['tag'], attrs }
  }
  return {
    gradient: { from: stops[0], to: stops[1] },
    tile: shape('tile'),
    ticks: shape('ticks'),
    bar: shape('bar'),
    stem: shape('stem'),
    node: shape('node'),
  }
}

export const SOURCE_SVG = join(__dirname, '..', '..', 'build', 'icon.svg')

export const readMark = (file = SOURCE_SVG): Mark => parseMark(readFileSync(file, 'utf8'))

/** `<tag a="b"/>` with `changes` applied (a value of null drops the attribute). */
export function draw(shape: Shape, changes: Record<string, string | number | null> = {}): string {
  const attrs: Record<string, string | number> = { ...shape.attrs }
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete attrs[name]
    else attrs[name] = value
  }
  const text = Object.entries(attrs)
    .map(([name, value]) => `${name}="${typeof value === 'number' ? round(value) : value}"`)
    .join(' ')
  return `<${shape.tag} ${text}/>`
}

const round = (value: number) => Number(value.toFixed(4)).toString()

export const num = (shape: Shape, name: string): number => {
  const value = Number(shape.attrs[name])
  if (!Number.isFinite(value)) throw new Error(`build/icon.svg: ${name} of a ${shape.tag} is not a number`)
  return value
}

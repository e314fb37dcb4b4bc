/** What electron-updater hands over as `releaseNotes`: text or HTML, a list per version (fullChangelog), or nothing. */
export type ReleaseNotes = string | ReadonlyArray<{ version: string; note: string | null }> | null | undefined

const MAX_NOTES = 4_000

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * The notes as plain text for the window, which renders them as text (never as HTML): GitHub sends HTML, a generic
 * feed whatever the release author wrote. Block tags become line breaks, other tags go, entities are decoded.
 */
export function plainReleaseNotes(notes: ReleaseNotes): string | null {
  const raw =
    typeof notes === 'string'
      ? notes
      : Array.isArray(notes)
        ? notes
            .filter((entry) => entry.note)
            .map((entry) => `${entry.version}\n${entry.note}`)
            .join('\n\n')
        : ''
  const text = raw
    .replace(/<\s*(br|\/p|\/li|\/h\d|\/div)\s*\/?>/gi, '\n')
    .replace(/<\s*li[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (whole, code: string) => {
      const point = code[0].toLowerCase() === 'x' ? Number.parseInt(code.slice(1), 16) : Number(code)
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole
    })
    .replace(/&([a-z]+);/gi, (whole, name: string) => entities[name.toLowerCase()] ?? whole)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  if (text === '') return null
  return text.length > MAX_NOTES ? `${text.slice(0, MAX_NOTES).trimEnd()}…` : text
}

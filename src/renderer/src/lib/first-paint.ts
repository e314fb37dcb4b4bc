/**
 * For work the first paint does not need (the chart code, heavy to evaluate): resolves once the figures the window
 * opens on have arrived and a frame has been painted with them, or at once when nothing was held (tests, a later
 * tab). lib/startup.ts holds it while it fetches what the opening tab shows.
 */
let painted: Promise<void> = Promise.resolve()

export const afterFirstPaint = (): Promise<void> => painted

/** Holds afterFirstPaint until `arrived` settles and the next frame has been painted (at most `capMs`). */
export function holdUntilPainted(arrived: Promise<unknown>, capMs = 3_000): void {
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)))
  const cap = new Promise<void>((done) => setTimeout(done, capMs))
  painted = Promise.race([arrived.then(frame, frame), cap])
}

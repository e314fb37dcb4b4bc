import { type RefObject, useLayoutEffect, useState } from 'react'

/** The element's content width, kept current with a ResizeObserver (0 until measured). */
export function useContainerWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    setWidth(element.clientWidth)
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1]
      // Rounded: sub-pixel jitter while a window is dragged must not re-layout the columns.
      if (entry) setWidth(Math.round(entry.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}

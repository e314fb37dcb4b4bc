import { useVirtualizer } from '@tanstack/react-virtual'
import { type ReactNode, useLayoutEffect, useRef } from 'react'
import classes from './Locations.module.css'

export const ROW_HEIGHT = 40

interface VirtualListProps<T> {
  items: readonly T[]
  getKey: (item: T) => string
  renderRow: (item: T) => ReactNode
  /** Dimmed while a newer search is still being applied. */
  stale?: boolean
}

/** Only the rows in view (plus a few) are in the DOM, so 50,000 cities scroll like 50. */
export function VirtualList<T>({ items, getKey, renderRow, stale }: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // No React Compiler in this build; the virtualizer re-rendering this component on scroll is the point.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  // A new search (or a new list) starts at the top of its results.
  useLayoutEffect(() => {
    virtualizer.scrollToOffset(0)
  }, [items, virtualizer])
  return (
    <div ref={scrollRef} className={classes.scroller}>
      <ul
        className={stale ? `${classes.list} ${classes.stale}` : classes.list}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]
          return (
            <li
              key={`${row.index}:${getKey(item)}`}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{
                position: 'absolute',
                insetInline: 0,
                top: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${row.start}px)`,
              }}
            >
              {renderRow(item)}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

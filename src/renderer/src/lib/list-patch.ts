/** Pure edits of a cached list, to show a write before Thordata confirms it and to take it back if it fails. */

export type ListPatch<T> =
  | { type: 'add'; item: T }
  /** Puts `item` where the row keyed `key` was (the key itself may change, e.g. a renamed user). */
  | { type: 'update'; key: string; item: T }
  | { type: 'remove'; key: string }

/** What it takes to undo one applied patch, without undoing other writes made since. */
export type ListUndo<T> =
  | { type: 'unadd'; key: string }
  | { type: 'unupdate'; key: string; previous: T }
  | { type: 'unremove'; item: T; index: number }
  | { type: 'none' }

/** A list after an edit, and `delta`: rows added (+1), removed (-1) or neither (0), for counters such as a quota. */
export interface Patched<T> {
  items: T[]
  delta: number
}

export function applyPatch<T>(
  items: readonly T[],
  patch: ListPatch<T>,
  keyOf: (item: T) => string,
): Patched<T> & { undo: ListUndo<T> } {
  const key = patch.type === 'add' ? keyOf(patch.item) : patch.key
  const index = items.findIndex((item) => keyOf(item) === key)
  if (patch.type === 'add' && index < 0) {
    return { items: [...items, patch.item], delta: 1, undo: { type: 'unadd', key } }
  }
  if (index < 0) return { items: [...items], delta: 0, undo: { type: 'none' } }
  if (patch.type === 'remove') {
    return {
      items: items.filter((_, i) => i !== index),
      delta: -1,
      undo: { type: 'unremove', item: items[index], index },
    }
  }
  const next = [...items]
  next[index] = patch.item
  return { items: next, delta: 0, undo: { type: 'unupdate', key: keyOf(patch.item), previous: items[index] } }
}

/** Undoes one patch on the list as it is now (other writes, or a refetch, may have changed it meanwhile). */
export function revertPatch<T>(items: readonly T[], undo: ListUndo<T>, keyOf: (item: T) => string): Patched<T> {
  switch (undo.type) {
    case 'unadd': {
      const next = items.filter((item) => keyOf(item) !== undo.key)
      return { items: next, delta: next.length - items.length }
    }
    case 'unupdate':
      return { items: items.map((item) => (keyOf(item) === undo.key ? undo.previous : item)), delta: 0 }
    case 'unremove': {
      if (items.some((item) => keyOf(item) === keyOf(undo.item))) return { items: [...items], delta: 0 }
      const next = [...items]
      next.splice(Math.min(undo.index, next.length), 0, undo.item)
      return { items: next, delta: 1 }
    }
    default:
      return { items: [...items], delta: 0 }
  }
}

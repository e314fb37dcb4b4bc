import { type ComponentType, lazy, useState } from 'react'

export interface Preloadable<P extends object> {
  (props: P): React.JSX.Element
  /** Starts loading the code (once); resolves when it can render without suspending. */
  preload(): Promise<unknown>
  isLoaded(): boolean
}

/**
 * React.lazy, except that once the code has arrived it renders directly instead of suspending. A lazy component
 * suspends on its first render even when its chunk is already in, and React 19 then holds the reveal of a
 * Suspense boundary for about 300 ms after its fallback showed: on the launch path that delay was most of the
 * time from navigation to the balance being painted.
 *
 * Each mounted view keeps the element type it first rendered with: one that mounted through `Lazy` stays on it
 * (a resolved lazy renders without suspending), because switching to `Loaded` on a later render would be a new
 * component type to React, which unmounts the view and drops its state (a test result, a half-typed form).
 */
export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<{ default: ComponentType<P> }> | null = null
  const preload = () => {
    pending ??= load().then((module) => {
      loaded = module.default
      return module
    })
    return pending
  }
  const Lazy = lazy(preload) as unknown as ComponentType<P>
  function View(props: P) {
    const [Type] = useState<ComponentType<P>>(() => loaded ?? Lazy)
    return <Type {...props} />
  }
  return Object.assign(View, { preload, isLoaded: () => loaded !== null })
}

import { type ComponentType, lazy } from 'react'

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
    const Loaded = loaded
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />
  }
  return Object.assign(View, { preload, isLoaded: () => loaded !== null })
}

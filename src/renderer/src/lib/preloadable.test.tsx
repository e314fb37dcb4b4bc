import { act, render, screen } from '@testing-library/react'
import { Suspense, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { preloadable } from './preloadable'

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0)
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      {label} {count}
    </button>
  )
}

describe('preloadable', () => {
  it('a view that mounted while its code was loading keeps its state when its parent renders again', async () => {
    let arrive: (module: { default: typeof Counter }) => void = () => {}
    const View = preloadable<{ label: string }>(() => new Promise((resolve) => (arrive = resolve)))
    const tree = (label: string) => (
      <Suspense fallback={<p>loading</p>}>
        <View label={label} />
      </Suspense>
    )
    const { rerender } = render(tree('first'))
    expect(screen.getByText('loading')).toBeInTheDocument()
    await act(async () => arrive({ default: Counter }))
    const button = await screen.findByRole('button', { name: 'first 0' })
    act(() => button.click())
    expect(screen.getByRole('button', { name: 'first 1' })).toBeInTheDocument()
    // The parent renders again (a new session, a language change): the count the user made survives.
    rerender(tree('second'))
    expect(screen.getByRole('button', { name: 'second 1' })).toBeInTheDocument()
    expect(View.isLoaded()).toBe(true)
  })

  it('a view whose code arrives while it renders keeps its state too', () => {
    // In the browser a chunk already fetched can resolve while React renders the view, and React replays the
    // lazy part alone: the view is then mounted through the lazy wrapper. A thenable that answers at once
    // reproduces that here.
    type Module = { default: typeof Counter }
    interface Settled {
      then(onFulfilled?: (value: Module) => unknown): Settled
    }
    const settled = (module: Module): Settled => ({
      // biome-ignore lint/suspicious/noThenProperty: a thenable is what React.lazy and the loader take
      then: (onFulfilled) => settled((onFulfilled ? onFulfilled(module) : module) as Module),
    })
    const View = preloadable<{ label: string }>(() => settled({ default: Counter }) as unknown as Promise<Module>)
    const tree = (label: string) => (
      <Suspense fallback={<p>loading</p>}>
        <View label={label} />
      </Suspense>
    )
    const { rerender } = render(tree('first'))
    act(() => screen.getByRole('button', { name: 'first 0' }).click())
    rerender(tree('second'))
    expect(screen.getByRole('button', { name: 'second 1' })).toBeInTheDocument()
  })

  it('once loaded, a new view renders at once, without a fallback', async () => {
    const View = preloadable<{ label: string }>(async () => ({ default: Counter }))
    await View.preload()
    render(
      <Suspense fallback={<p>loading</p>}>
        <View label="ready" />
      </Suspense>,
    )
    expect(screen.queryByText('loading')).toBeNull()
    expect(screen.getByRole('button', { name: 'ready 0' })).toBeInTheDocument()
  })
})

import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { App, BridgeEvents } from '../app/App'
import { Providers } from '../app/providers'
import { createQueryClient } from '../lib/queries'
import { createFakeBridge, type FakeBridge } from './fakeBridge'

function install(fake: FakeBridge) {
  window.thordata = fake.bridge
  return fake
}

/** The whole app, as a user starts it, against a fake bridge. */
export function renderApp(fake: FakeBridge = createFakeBridge()) {
  install(fake)
  const user = userEvent.setup()
  const view = render(<App queryClient={createQueryClient()} env="test" />)
  return { ...view, user, fake }
}

/** One view inside the app's providers (theme, query client, notifications). */
export function renderView(ui: ReactNode, fake: FakeBridge = createFakeBridge()) {
  install(fake)
  const user = userEvent.setup()
  const queryClient = createQueryClient()
  const view = render(
    <Providers queryClient={queryClient} env="test">
      <BridgeEvents />
      {ui}
    </Providers>,
  )
  return { ...view, user, fake, queryClient }
}

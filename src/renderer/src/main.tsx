import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { preloadScreenFor } from './app/SessionGate'
import { initialLanguage, switchLanguage } from './lib/i18n'
import { createQueryClient } from './lib/queries'
import { prefetchFirstPaint } from './lib/startup'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
const session = prefetchFirstPaint(queryClient)
// The first render paints a whole screen, so the launch screen (lib/early-start.ts) gives way to it in one frame:
// English is in the bundle, another language's catalog arrives first; so does the code of the screen the session
// opens on (never longer than 3 s: the gate's own splash covers a slower load).
const screen = session.then((info) => (info ? preloadScreenFor(info) : undefined))
const cap = new Promise((done) => setTimeout(done, 3_000))
void Promise.all([switchLanguage(initialLanguage()), Promise.race([screen, cap])])
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  )

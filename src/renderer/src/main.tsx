import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initialLanguage, switchLanguage } from './lib/i18n'
import { createQueryClient } from './lib/queries'
import { prefetchFirstPaint } from './lib/startup'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
prefetchFirstPaint(queryClient)
// English is in the bundle; another language's catalog arrives before the first paint, so nothing flashes.
void switchLanguage(initialLanguage()).finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
)

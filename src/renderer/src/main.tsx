import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { prefetchSignedInViews } from './app/SessionGate'
import { createQueryClient } from './lib/queries'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

prefetchSignedInViews()
createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
)

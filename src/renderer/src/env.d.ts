/// <reference types="vite/client" />
import type { Bridge } from '@shared/ipc/contract'

declare global {
  interface Window {
    /** Provided by the preload in Electron, by the browser bridge script in E2E tests and preview. */
    thordata: Bridge
  }
}

import { net, powerMonitor } from 'electron'
import type { NetworkPort, PowerPort } from '../core/ports'

/** How often the network is looked at: Electron's main process has no online/offline event. */
const ONLINE_CHECK_MS = 15_000

export function createElectronPowerPort(): PowerPort {
  const on = (event: 'suspend' | 'resume' | 'lock-screen', listener: () => void) => {
    powerMonitor.on(event as 'suspend', listener)
    return () => void powerMonitor.removeListener(event as 'suspend', listener)
  }
  return { onSuspend: (listener) => on('suspend', listener), onResume: (listener) => on('resume', listener) }
}

export function createElectronNetworkPort(): NetworkPort {
  return {
    isOnline: () => net.isOnline(),
    onChange(listener) {
      let online = net.isOnline()
      const timer = setInterval(() => {
        const now = net.isOnline()
        if (now === online) return
        online = now
        listener(now)
      }, ONLINE_CHECK_MS)
      timer.unref?.()
      return () => clearInterval(timer)
    },
  }
}

import { BRIDGE_GLOBAL } from '@shared/ipc/channels'
import { contextBridge, ipcRenderer } from 'electron'
import { buildBridge } from './build-bridge'

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, buildBridge(ipcRenderer))

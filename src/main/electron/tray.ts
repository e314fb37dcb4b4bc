import { join } from 'node:path'
import { Menu, type NativeImage, nativeImage, Tray } from 'electron'
import type { TrayIcon } from '../tray/model'
import {
  createTrayPresenter,
  type TrayHandle,
  type TrayPresenter,
  type TrayViewSource,
  trayIconFile,
} from '../tray/presenter'

export interface TrayControllerOptions {
  /** Folder with the tray-*.png files (resources/tray). */
  iconDir: string
  source: TrayViewSource
  onOpen: () => void
  onRefresh: () => void
  onQuit: () => void
  /** Copy link → a preset. */
  onCopy?: (presetId: string) => void
  platform?: string
  /** Injected so the tray can be replaced (Signal-style); defaults to Electron's Tray. */
  createTray?: (image: NativeImage) => TrayHandle<NativeImage, Menu>
}

export function createTrayController(options: TrayControllerOptions): TrayPresenter {
  const platform = options.platform ?? process.platform
  const loadIcon = (icon: TrayIcon) => nativeImage.createFromPath(join(options.iconDir, trayIconFile(icon, platform)))
  return createTrayPresenter<NativeImage, Menu>({
    createTray: options.createTray ?? ((image) => new Tray(image)),
    loadIcon,
    buildMenu: (entries) => Menu.buildFromTemplate(entries),
    source: options.source,
    platform,
    onOpen: options.onOpen,
    onRefresh: options.onRefresh,
    onQuit: options.onQuit,
    onCopy: options.onCopy,
  })
}

import type { TrayIcon, TrayMenuItem, TrayView } from './model'

/** What the presenter needs from Electron's Tray; a fake in tests. */
export interface TrayHandle<Image, Menu> {
  setImage(image: Image): void
  setToolTip(text: string): void
  setTitle(title: string): void
  setContextMenu(menu: Menu): void
  on(event: 'click', listener: () => void): unknown
  destroy(): void
}

/** Structurally a subset of Electron's MenuItemConstructorOptions. */
export interface TrayMenuEntry {
  label?: string
  enabled?: boolean
  type?: 'separator'
  click?: () => void
  submenu?: TrayMenuEntry[]
}

export interface TrayViewSource {
  view(): TrayView
  subscribe(listener: (view: TrayView) => void): () => void
}

export interface TrayPresenterOptions<Image, Menu> {
  createTray: (image: Image) => TrayHandle<Image, Menu>
  loadIcon: (icon: TrayIcon) => Image
  buildMenu: (entries: TrayMenuEntry[]) => Menu
  source: TrayViewSource
  platform: string
  onOpen: () => void
  onRefresh: () => void
  onQuit: () => void
  /** Copies a preset's link or endpoint (Copy link → preset). */
  onCopy?: (presetId: string) => void
}

export interface TrayPresenter {
  destroy(): void
  isDestroyed(): boolean
}

/**
 * Keeps a tray in step with the TrayView. Everything a user needs is in the context menu, because Linux
 * panels keep the click for themselves (field-notes §2.1); a click opens the window where it does arrive.
 */
export function createTrayPresenter<Image, Menu>(options: TrayPresenterOptions<Image, Menu>): TrayPresenter {
  const actions: Partial<Record<string, () => void>> = {
    open: options.onOpen,
    refresh: options.onRefresh,
    quit: options.onQuit,
  }
  const clickOf = (item: TrayMenuItem): (() => void) | undefined => {
    const { onCopy } = options
    if (item.id === 'copyPreset') return item.presetId && onCopy ? () => onCopy(item.presetId as string) : undefined
    return actions[item.id]
  }
  const toEntries = (items: TrayMenuItem[]): TrayMenuEntry[] =>
    items.map((item) => {
      if (item.id === 'separator') return { type: 'separator' }
      const click = clickOf(item)
      return {
        label: item.label,
        enabled: item.enabled,
        ...(click ? { click } : {}),
        ...(item.submenu ? { submenu: toEntries(item.submenu) } : {}),
      }
    })

  let shown = options.source.view()
  const tray = options.createTray(options.loadIcon(shown.icon))
  let destroyed = false

  const render = (view: TrayView, previous: TrayView | null) => {
    if (previous && view.icon !== previous.icon) tray.setImage(options.loadIcon(view.icon))
    if (!previous || view.tooltip !== previous.tooltip) tray.setToolTip(view.tooltip)
    if (options.platform === 'darwin' && (!previous || view.title !== previous.title)) tray.setTitle(view.title)
    // Re-setting an unchanged menu closes it if it is open, so only a real change replaces it.
    if (!previous || JSON.stringify(view.menu) !== JSON.stringify(previous.menu)) {
      tray.setContextMenu(options.buildMenu(toEntries(view.menu)))
    }
  }

  render(shown, null)
  if (options.platform !== 'darwin') tray.on('click', options.onOpen)
  const unsubscribe = options.source.subscribe((view) => {
    if (destroyed) return
    render(view, shown)
    shown = view
  })

  return {
    destroy() {
      if (destroyed) return
      destroyed = true
      unsubscribe()
      tray.destroy()
    },
    isDestroyed: () => destroyed,
  }
}

/** The icon file for a state: monochrome templates for the macOS menu bar, coloured icons elsewhere. */
export function trayIconFile(icon: TrayIcon, platform: string): string {
  if (platform === 'darwin') return `tray-${icon}Template.png`
  // Linux panels take one static bitmap, so give them the larger one to scale down (field-notes §2.1).
  if (platform === 'linux') return `tray-${icon}@2x.png`
  return `tray-${icon}.png`
}

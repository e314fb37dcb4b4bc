import { Menu } from 'electron'
import { t } from '../i18n'

/**
 * No menu bar on Windows and Linux (the app has its own navigation, and the default menu would offer reload
 * and dev tools). macOS needs an app menu for Quit and an Edit menu for copy and paste shortcuts to work.
 */
export function installApplicationMenu(platform: string = process.platform): void {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null)
    return
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { role: 'appMenu' },
      { role: 'editMenu' },
      {
        label: t('tray:appMenu.view'),
        submenu: [
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      },
      { role: 'windowMenu' },
    ]),
  )
}

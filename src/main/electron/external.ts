import { shell } from 'electron'
import { openExternalSafe } from '../app/links'

/** The app's one way to the OS browser: openExternalSafe lets only https URLs through (src/main/app/links.ts). */
export function openInBrowser(url: string): Promise<void> {
  return openExternalSafe(url, (safe) => shell.openExternal(safe))
}

import { describe, expect, it } from 'vitest'
import { type InstallFacts, updateBlocker } from './support'

const installed: InstallFacts = {
  packaged: true,
  platform: 'linux',
  env: { APPIMAGE: '/home/u/Apps/thordata-desktop.AppImage' },
  windowsStore: false,
  packageType: null,
  signed: true,
}
const on = (facts: Partial<InstallFacts>) => updateBlocker({ ...installed, ...facts })

describe('updateBlocker', () => {
  it('lets installers update themselves: AppImage, deb, rpm, NSIS and signed macOS builds', () => {
    expect(on({})).toBeNull()
    expect(on({ env: {}, packageType: 'deb' })).toBeNull()
    expect(on({ env: {}, packageType: 'rpm' })).toBeNull()
    expect(on({ platform: 'win32', env: {} })).toBeNull()
    expect(on({ platform: 'darwin', env: {}, signed: true })).toBeNull()
  })

  it('is off in development', () => {
    expect(on({ packaged: false })).toEqual({ key: 'errors:updater.installedOnly' })
  })

  it('leaves updates to the store or package manager that installed the app', () => {
    expect(on({ platform: 'win32', windowsStore: true })).toEqual({
      key: 'errors:updater.store',
      store: 'Microsoft Store',
    })
    expect(on({ env: { SNAP: '/snap/thordata/3', APPIMAGE: 'x' } })).toEqual({
      key: 'errors:updater.store',
      store: 'Snap',
    })
    expect(on({ env: { FLATPAK_ID: 'com.thordata.desktop' } })).toEqual({
      key: 'errors:updater.store',
      store: 'Flatpak',
    })
    expect(on({ env: {}, packageType: 'pacman' })).toEqual({ key: 'errors:updater.store', store: 'pacman' })
  })

  it('says so for an unpacked folder and for an unsigned macOS build', () => {
    expect(on({ env: {} })).toEqual({ key: 'errors:updater.notInstalled' })
    expect(on({ platform: 'darwin', env: {}, signed: false })).toEqual({ key: 'errors:updater.unsignedMac' })
    // A build that does not say (made without the project's config) is taken as unsigned.
    expect(on({ platform: 'darwin', env: {}, signed: null })).toEqual({ key: 'errors:updater.unsignedMac' })
  })
})

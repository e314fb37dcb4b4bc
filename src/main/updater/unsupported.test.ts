import { describe, expect, it, vi } from 'vitest'
import { createUnsupportedUpdater } from './unsupported'

describe('createUnsupportedUpdater', () => {
  it('answers every command with the reason and never changes', async () => {
    const updater = createUnsupportedUpdater('Updates are checked in installed builds only')
    const listener = vi.fn()
    updater.onStatus(listener)
    const status = { state: 'unsupported', reason: 'Updates are checked in installed builds only' }
    expect(updater.status()).toEqual(status)
    expect(await updater.check()).toEqual(status)
    expect(await updater.download()).toEqual(status)
    expect(() => updater.install()).not.toThrow()
    expect(listener).not.toHaveBeenCalled()
  })

  it('says its reason in the language of the moment', async () => {
    let language = 'en'
    const updater = createUnsupportedUpdater(() =>
      language === 'en' ? 'Installed builds only' : '仅在安装版中检查更新',
    )
    expect(updater.status()).toEqual({ state: 'unsupported', reason: 'Installed builds only' })
    language = 'zh-CN'
    expect(await updater.check()).toEqual({ state: 'unsupported', reason: '仅在安装版中检查更新' })
  })
})

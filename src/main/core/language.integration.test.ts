import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Result } from '@shared/ipc/result'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setMainLanguage } from '../i18n'
import { createMemoryLogger } from '../log/logger'
import type { Simulator } from '../simulator'
import { type Core, createCore } from './create-core'
import { createNodePorts } from './node-ports'

/** Main speaks the language of the setting (or of the system): errors, validation messages and the tray. */
const page = { url: 'app://renderer/index.html' }
let dir: string
const cores: Core[] = []

async function boot(locales: string[] = ['en-US']): Promise<Core> {
  const ports = createNodePorts('unavailable', { clipboard: null, opened: [] }, 'tests')
  const core = createCore({
    userDataDir: dir,
    ports: { ...ports, appInfo: { ...ports.appInfo, locales } },
    trust: (url) => url === page.url,
    log: createMemoryLogger(),
  })
  await core.start()
  cores.push(core)
  await core.dispatch('session.startDemo', undefined, page)
  return core
}

const call = async (core: Core, channel: string, input?: unknown) =>
  (await core.dispatch(channel, input, page)) as Result<unknown>

const trayLabels = (core: Core) => core.tray.view().menu.map((item) => item.label)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thordata-language-'))
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, mode: 'none', settings: {} }))
})

afterEach(async () => {
  for (const core of cores.splice(0)) {
    await core.dispatch('session.signOut', undefined, page)
    await core.stop()
  }
  setMainLanguage('en', [])
  await rm(dir, { recursive: true, force: true })
})

describe("main's language", () => {
  it('switching the setting to Chinese turns new errors, validation messages and the tray menu Chinese', async () => {
    const core = await boot()
    const demo = core.demoSimulator() as Simulator
    demo.faults.add({ kind: 'code', code: 10013, path: '/account/traffic-balance' })
    expect(await call(core, 'account.trafficBalance')).toMatchObject({
      ok: false,
      error: { message: 'Thordata rejected the token. Copy it again from Dashboard → My Account.', code: 10013 },
    })
    expect(trayLabels(core)).toContain('Refresh now')
    const shown: string[][] = []
    core.tray.subscribe((view) => shown.push(view.menu.map((item) => item.label)))

    expect((await call(core, 'settings.update', { language: 'zh-CN' })).ok).toBe(true)
    // The tray is told at once, so its menu re-renders in the new language without waiting for a refresh.
    expect(shown.at(-1)).toContain('立即刷新')
    expect(await call(core, 'account.trafficBalance')).toMatchObject({
      ok: false,
      error: {
        kind: 'auth',
        field: 'token',
        code: 10013,
        message: 'Thordata 拒绝了 Token。请从“控制台 → 个人中心”重新复制。',
      },
    })
    expect(trayLabels(core)).toEqual(expect.arrayContaining(['打开 Thordata Desktop', '立即刷新', '退出']))
    expect(await call(core, 'settings.update', { apiBaseUrl: 'http://api.thordata.com/api' })).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        field: 'apiBaseUrl',
        message: '请输入 Thordata 的 https URL，例如 https://openapi.thordata.com/api',
      },
    })
    expect(
      await call(core, 'proxyUsers.create', { product: 'residential', username: 'ab', password: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { field: 'username', message: '用户名须为 6–15 位字母或数字，不能有空格或符号' },
    })

    expect((await call(core, 'settings.update', { language: 'en' })).ok).toBe(true)
    expect(trayLabels(core)).toContain('Refresh now')
    expect(await call(core, 'account.trafficBalance')).toMatchObject({
      error: { message: 'Thordata rejected the token. Copy it again from Dashboard → My Account.' },
    })
  })

  it('"system" follows the operating system\'s preferred languages from the start', async () => {
    const core = await boot(['zh-Hans-CN', 'en-US'])
    expect(trayLabels(core)).toContain('退出')
    expect(await call(core, 'nope.nothing')).toMatchObject({ ok: false, error: { message: '未知请求“nope.nothing”' } })
  })
})

import { unitBytes } from '@shared/traffic'
import { afterEach, describe, expect, it } from 'vitest'
import { setMainLanguage } from '../i18n'
import { buildTrayView } from './model'

afterEach(() => void setMainLanguage('en', []))

describe('the tray in Chinese', () => {
  it('says the balance, the expiry date, the low-balance warning and the actions in Chinese', () => {
    setMainLanguage('zh-CN', [])
    const view = buildTrayView({
      session: { mode: 'demo', accountName: 'demo', tokenHint: null, storage: null },
      balance: {
        value: { remainingBytes: 0.5 * unitBytes.GB, expiresOn: '2026-12-31' },
        fetchedAt: new Date(2026, 10, 26, 9, 5).toISOString(),
      },
      error: null,
      lowBalanceGb: 1,
      now: new Date(2026, 10, 27, 14, 20),
      platform: 'win32',
    })
    expect(view.menu.map((item) => item.label)).toEqual([
      '剩余流量：512 MB（演示）',
      '2026年12月31日 到期（34 天后）',
      '低于你设置的 1 GB 提醒线',
      '更新于 11月26日 09:05',
      '',
      '立即刷新',
      '复制链接：请先在应用中保存预设',
      '',
      '打开 Thordata Desktop',
      '退出',
    ])
    expect(view.tooltip).toBe('Thordata Desktop（演示）\n剩余流量：512 MB\n2026年12月31日 到期（34 天后）')
  })
})

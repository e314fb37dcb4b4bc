import type { TrafficBalance, WalletBalance } from '@shared/domain/account'
import type { PresetSummary } from '@shared/domain/presets'
import type { SessionInfo } from '@shared/domain/session'
import type { AppError } from '@shared/errors'
import type { Forecast } from '@shared/forecast'
import { formatBytes, unitBytes } from '@shared/traffic'
import { t } from '../i18n'
import { forecastLabel, formatDay, formatMoney, formatTime } from './words'

export type TrayIcon = 'normal' | 'low' | 'error' | 'signed-out'

export interface TrayMenuItem {
  id:
    | 'balance'
    | 'expiry'
    | 'forecast'
    | 'wallet'
    | 'warning'
    | 'updated'
    | 'error'
    | 'open'
    | 'refresh'
    | 'copy'
    | 'copyPreset'
    | 'quit'
    | 'separator'
  label: string
  enabled: boolean
  /** The preset a `copyPreset` item copies. */
  presetId?: string
  submenu?: TrayMenuItem[]
}

export interface TrayView {
  icon: TrayIcon
  /** Short text next to the icon in the macOS menu bar; empty elsewhere. */
  title: string
  tooltip: string
  menu: TrayMenuItem[]
}

export interface TrayInput {
  session: SessionInfo
  balance: { value: TrafficBalance; fetchedAt: string } | null
  error: AppError | null
  /** Warn under this many GB left; 0 turns the warning off. */
  lowBalanceGb: number
  now: Date
  platform: string
  /** null until the usage records for it have loaded. */
  forecast?: Forecast | null
  wallet?: WalletBalance | null
  /** Default first (the presets service lists them so). */
  presets?: readonly PresetSummary[]
}

const APP = 'Thordata Desktop'
/** Expiry this close (in days) counts as low, whatever traffic is left. */
export const EXPIRY_WARNING_DAYS = 3
// Windows cuts tray tooltips at 127 characters.
const WINDOWS_TOOLTIP_MAX = 127

const info = (id: TrayMenuItem['id'], label: string): TrayMenuItem => ({ id, label, enabled: false })
const action = (id: TrayMenuItem['id'], label: string): TrayMenuItem => ({ id, label, enabled: true })
const separator: TrayMenuItem = { id: 'separator', label: '', enabled: false }

/** Whole calendar days from today (local) to a yyyy-mm-dd date; negative once it has passed. */
export function daysUntil(isoDay: string, now: Date): number {
  const [y, m, d] = isoDay.split('-').map(Number)
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())) / 86_400_000)
}

function expiryLabel(isoDay: string, days: number): string {
  const date = formatDay(isoDay)
  if (days < 0) return t('tray:expiry.expired', { date })
  if (days === 0) return t('tray:expiry.today', { date })
  if (days === 1) return t('tray:expiry.tomorrow', { date })
  return t('tray:expiry.inDays', { date, days })
}

function warnings(low: boolean, expiring: boolean, lowBalanceGb: number, days: number): string[] {
  const out: string[] = []
  if (low) out.push(t('tray:warning.lowBalance', { gb: lowBalanceGb }))
  if (expiring) out.push(days < 0 ? t('tray:warning.renewExpired') : t('tray:warning.renewSoon'))
  return out
}

/** "Copy link" with each preset, default first; with none saved, a line saying where to make one. */
function copyMenu(presets: readonly PresetSummary[]): TrayMenuItem {
  if (presets.length === 0) return info('copy', t('tray:menu.copyNone'))
  return {
    ...action('copy', t('tray:menu.copy')),
    submenu: presets.map((preset) => ({
      ...action('copyPreset', preset.isDefault ? t('tray:menu.copyDefault', { name: preset.name }) : preset.name),
      presetId: preset.id,
    })),
  }
}

export function buildTrayView(input: TrayInput): TrayView {
  const { session, balance, error, lowBalanceGb, now, platform } = input
  const open = action('open', t('tray:menu.open', { app: APP }))
  const quit = action('quit', t('tray:menu.quit'))

  if (session.mode === 'none') {
    return finish(platform, {
      icon: 'signed-out',
      title: '',
      tooltip: `${APP}\n${t('tray:menu.notSignedIn')}`,
      menu: [info('balance', t('tray:menu.notSignedIn')), separator, open, quit],
    })
  }

  const demo = session.mode === 'demo' ? t('tray:menu.demoSuffix') : ''
  const menu: TrayMenuItem[] = []
  const tooltip = [`${APP}${demo}`]
  let icon: TrayIcon = error ? 'error' : 'normal'
  let title = ''

  if (balance) {
    const left = formatBytes(balance.value.remainingBytes)
    const days = balance.value.expiresOn ? daysUntil(balance.value.expiresOn, now) : Number.POSITIVE_INFINITY
    const low = lowBalanceGb > 0 && balance.value.remainingBytes < lowBalanceGb * unitBytes.GB
    const expiring = days <= EXPIRY_WARNING_DAYS
    // A low balance matters more than a failed refresh of it, so it wins the icon.
    if (low || expiring) icon = 'low'
    title = left
    menu.push(info('balance', `${t('tray:menu.trafficLeft', { left })}${demo}`))
    tooltip.push(t('tray:menu.trafficLeft', { left }))
    if (balance.value.expiresOn) {
      const expiry = expiryLabel(balance.value.expiresOn, days)
      menu.push(info('expiry', expiry))
      tooltip.push(expiry)
    }
    const forecast = forecastLabel(input.forecast ?? null)
    if (forecast) {
      menu.push(info('forecast', forecast))
      tooltip.push(forecast)
    }
    if (input.wallet) {
      const amount = formatMoney(input.wallet.amount, input.wallet.currency)
      menu.push(info('wallet', t('tray:menu.wallet', { amount })))
    }
    for (const warning of warnings(low, expiring, lowBalanceGb, days)) menu.push(info('warning', warning))
    const fetchedAt = formatTime(new Date(balance.fetchedAt), now)
    menu.push(info('updated', t('tray:menu.updated', { time: fetchedAt })))
    if (error) {
      menu.push(info('error', t('tray:menu.couldNotRefresh', { message: error.message })))
      tooltip.push(t('tray:tooltip.couldNotRefresh', { time: fetchedAt }))
    }
  } else if (error) {
    menu.push(
      info('balance', `${t('tray:menu.trafficLeftUnknown')}${demo}`),
      info('error', t('tray:menu.couldNotLoad', { message: error.message })),
    )
    tooltip.push(t('tray:tooltip.couldNotLoad'))
  } else {
    menu.push(info('balance', `${t('tray:menu.trafficLeftLoading')}${demo}`))
    tooltip.push(t('tray:tooltip.loading'))
  }

  menu.push(separator, action('refresh', t('tray:menu.refresh')), copyMenu(input.presets ?? []), separator, open, quit)
  return finish(platform, { icon, title, tooltip: tooltip.join('\n'), menu })
}

function finish(platform: string, view: TrayView): TrayView {
  const title = platform === 'darwin' ? view.title : ''
  const tooltip =
    platform === 'win32' && view.tooltip.length > WINDOWS_TOOLTIP_MAX
      ? `${view.tooltip.slice(0, WINDOWS_TOOLTIP_MAX - 1)}…`
      : view.tooltip
  return { ...view, title, tooltip }
}

import type { CatalogShape } from '../catalog'
import type { tray as en } from '../en/tray'

export const tray = {
  menu: {
    open: '打开 {{app}}',
    quit: '退出',
    refresh: '立即刷新',
    copy: '复制链接',
    copyDefault: '{{name}}（默认）',
    copyNone: '复制链接：请先在应用中保存预设',
    wallet: '钱包：{{amount}}',
    notSignedIn: '未登录',
    trafficLeft: '剩余流量：{{left}}',
    trafficLeftUnknown: '剩余流量：未知',
    trafficLeftLoading: '剩余流量：加载中…',
    demoSuffix: '（演示）',
    updated: '更新于 {{time}}',
    couldNotRefresh: '刷新失败：{{message}}',
    couldNotLoad: '加载失败：{{message}}',
  },
  forecast: {
    lastsUntil: '按当前用量：约可用到 {{date}}',
    lastsUntilBeforeExpiry_one: '按当前用量：约可用到 {{date}}，比到期日早 {{count}} 天用完',
    lastsUntilBeforeExpiry_other: '按当前用量：约可用到 {{date}}，比到期日早 {{count}} 天用完',
    pastExpiry: '按当前用量，流量可用到到期日之后',
    shortHistory: '预测：用量记录还不够',
    noUse_one: '预测：最近 1 天没有使用流量',
    noUse_other: '预测：最近 {{count}} 天没有使用流量',
  },
  copied: {
    title: '已复制“{{name}}”',
    link: '提取链接已复制到剪贴板。',
    endpoint: '代理端点已复制到剪贴板。',
    failedTitle: '无法复制',
    noDefault: '没有默认预设：请在 Thordata Desktop 中把链接或端点保存为预设，并设为默认。',
  },
  shortcut: {
    unavailableTitle: '快捷键不可用',
    unavailableBody: '{{accelerator}} 已被其他应用占用。请在设置中选择其他快捷键。',
  },
  tooltip: {
    couldNotRefresh: '刷新失败，显示的是 {{time}} 的数据',
    couldNotLoad: '无法加载余额',
    loading: '正在加载余额…',
  },
  expiry: {
    expired: '已于 {{date}} 到期',
    today: '今天到期（{{date}}）',
    tomorrow: '{{date}} 到期（明天）',
    inDays: '{{date}} 到期（{{days}} 天后）',
  },
  warning: {
    lowBalance: '低于你设置的 {{gb}} GB 提醒线',
    renewExpired: '请续费套餐，以便继续使用代理',
    renewSoon: '请尽快续费，以便继续使用代理',
  },
  date: {
    day: '{{year}}年{{month}}{{day}}日',
    dayTime: '{{month}}{{day}}日 {{time}}',
    months: {
      '1': '1月',
      '2': '2月',
      '3': '3月',
      '4': '4月',
      '5': '5月',
      '6': '6月',
      '7': '7月',
      '8': '8月',
      '9': '9月',
      '10': '10月',
      '11': '11月',
      '12': '12月',
    },
  },
  notice: {
    stillRunningTitle: 'Thordata Desktop 仍在运行',
    stillRunningBody: '余额会继续显示在托盘中。可从托盘菜单打开应用或再次启动它；要关闭，请在托盘菜单中选择“退出”。',
  },
  appMenu: {
    view: '显示',
  },
} satisfies CatalogShape<typeof en>

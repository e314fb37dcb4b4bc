import type { CatalogShape } from '../catalog'
import type { account as en } from '../en/account'

export const account = {
  page: {
    title: '账户',
    description: '流量余额、钱包与近期用量',
  },
  figures: {
    cachedAge: '{{age}}获取的数据',
    updating: '正在更新…',
  },
  traffic: {
    title: '剩余流量',
    shared: '所有代理用户共用',
    belowWarning: '低于你设置的 {{level}} 提醒值',
  },
  forecast: {
    lastsUntil: '按当前用量：约可用到 {{date}}',
    lastsUntilBeforeExpiry_one: '按当前用量：约可用到 {{date}}，比到期日早 {{count}} 天',
    lastsUntilBeforeExpiry_other: '按当前用量：约可用到 {{date}}，比到期日早 {{count}} 天',
    pastExpiry: '按当前用量，流量可用到到期日之后',
    shortHistory: '用量记录还不够，暂无法预测',
    noUse_one: '最近 1 天没有使用流量，无需预测',
    noUse_other: '最近 {{count}} 天没有使用流量，无需预测',
    basis_one: '最近 1 个完整日的平均用量：每天 {{daily}}',
    basis_other: '最近 {{count}} 个完整日的平均用量：每天 {{daily}}',
  },
  expiry: {
    title: '到期时间',
    noDate: '无到期日',
    none: 'Thordata 未返回到期日期',
    today: '今天到期',
    inDays_one: '{{count}} 天后到期',
    inDays_other: '{{count}} 天后到期',
    expiredDaysAgo_one: '已过期 {{count}} 天',
    expiredDaysAgo_other: '已过期 {{count}} 天',
  },
  wallet: {
    title: '钱包',
    available: '可用余额（{{currency}}）',
  },
  usage: {
    title: '用量',
    period: '统计周期',
    perDay: '每日流量用量',
    usedInPeriod: '周期内用量',
    dailyAverage: '日均用量',
    busiestDay: '用量最高日',
    chart: '每日流量用量图',
    used: '已用',
    emptyTitle: '此周期内没有流量用量',
    emptyHint: '可以选择更长的周期，或等代理产生流量后再来查看。',
  },
} satisfies CatalogShape<typeof en>

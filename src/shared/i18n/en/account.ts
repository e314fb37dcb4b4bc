/** The `account` namespace: the Account tab. */
export const account = {
  page: {
    title: 'Account',
    description: 'Your traffic balance, wallet and recent usage',
  },
  figures: {
    cachedAge: 'Last fetched {{age}}',
    updating: 'updating…',
  },
  traffic: {
    title: 'Traffic remaining',
    shared: 'Shared by all your proxy users',
    belowWarning: 'Below your {{level}} warning level',
  },
  forecast: {
    lastsUntil: 'At this rate: lasts until ~{{date}}',
    lastsUntilBeforeExpiry_one: 'At this rate: lasts until ~{{date}} — {{count}} day before it expires',
    lastsUntilBeforeExpiry_other: 'At this rate: lasts until ~{{date}} — {{count}} days before it expires',
    pastExpiry: 'At this rate it lasts past the expiry date',
    shortHistory: 'Not enough usage history yet for a forecast',
    noUse_one: 'No traffic used in the last day: nothing to forecast',
    noUse_other: 'No traffic used in the last {{count}} days: nothing to forecast',
    basis_one: 'Average of the last full day: {{daily}} a day',
    basis_other: 'Average of the last {{count}} full days: {{daily}} a day',
  },
  expiry: {
    title: 'Expires',
    noDate: 'No date',
    none: 'Thordata reports no expiry date',
    today: 'Expires today',
    inDays_one: 'Expires in {{count}} day',
    inDays_other: 'Expires in {{count}} days',
    expiredDaysAgo_one: 'Expired {{count}} day ago',
    expiredDaysAgo_other: 'Expired {{count}} days ago',
  },
  wallet: {
    title: 'Wallet',
    available: 'Available balance, {{currency}}',
  },
  usage: {
    title: 'Usage',
    period: 'Usage period',
    perDay: 'Traffic used per day',
    usedInPeriod: 'Used in period',
    dailyAverage: 'Daily average',
    busiestDay: 'Busiest day',
    chart: 'Daily traffic usage chart',
    used: 'Used',
    emptyTitle: 'No traffic used in this period',
    emptyHint: 'Pick a longer period, or come back once your proxies have carried traffic.',
  },
}

import dayjs from 'dayjs'

/** Today's calendar date where the user is, as yyyy-mm-dd. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD')
}

export function addDaysIso(isoDate: string, days: number): string {
  return dayjs(isoDate).add(days, 'day').format('YYYY-MM-DD')
}

/** "March 3, 2027" */
export function formatLongDate(isoDate: string): string {
  return dayjs(isoDate).format('MMMM D, YYYY')
}

/** "Mar 3, 2027" */
export function formatMediumDate(isoDate: string): string {
  return dayjs(isoDate).format('MMM D, YYYY')
}

/** "Mar 3" */
export function formatShortDate(isoDate: string): string {
  return dayjs(isoDate).format('MMM D')
}

/** "14:05" */
export function formatClock(timestamp: number): string {
  return dayjs(timestamp).format('HH:mm')
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount)
}

const platformNames: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' }

export function formatPlatform(platform: string): string {
  return platformNames[platform] ?? platform
}

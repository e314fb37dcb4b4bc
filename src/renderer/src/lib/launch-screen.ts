import type { TrafficBalance } from '@shared/domain/account'
import type { Fetched } from '@shared/domain/figures'
import { account as accountEn } from '@shared/i18n/en/account'
import { app as appEn } from '@shared/i18n/en/app'
import { common as commonEn } from '@shared/i18n/en/common'
import { formattingLocale, type Language } from '@shared/i18n/languages'
import { account as accountZh } from '@shared/i18n/zh-CN/account'
import { app as appZh } from '@shared/i18n/zh-CN/app'
import { common as commonZh } from '@shared/i18n/zh-CN/common'
import { formatNumberFor, formatTrafficFor } from './number-format'

/**
 * What the window shows from its first frame until React has painted the real screen: the mark, "Starting…" and,
 * when someone is signed in, the traffic balance main kept from the last run with its age (issue 7, instant start).
 * Plain DOM, because it runs from lib/early-start.ts before React, Mantine and i18next have loaded; React's first
 * commit into #root replaces it (main.tsx renders only once the shell can paint). Its words are the catalog's,
 * looked up here without i18next; its look is index.html's `.launch` styles.
 */

const strings = {
  en: { app: appEn, account: accountEn, common: commonEn },
  'zh-CN': { app: appZh, account: accountZh, common: commonZh },
} satisfies Record<Language, unknown>

type Time = typeof commonEn.time

/** common:time's "3 min ago" with i18next's plural keys (`_one`, `_other`), picked by Intl.PluralRules. */
function age(language: Language, fetchedAt: number, now: number): string {
  const time: Time = strings[language].common.time
  const minutes = Math.floor(Math.max(0, now - fetchedAt) / 60_000)
  if (minutes < 1) return time.justNow
  const [count, key] =
    minutes < 60
      ? [minutes, 'minutesAgo']
      : minutes < 24 * 60
        ? [Math.floor(minutes / 60), 'hoursAgo']
        : [Math.floor(minutes / (24 * 60)), 'daysAgo']
  const form = new Intl.PluralRules(formattingLocale[language]).select(count) === 'one' ? 'one' : 'other'
  return fill(time[`${key}_${form}` as keyof Time], { count: String(count) })
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole)

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/**
 * Builds the formatters the figure needs (Intl's first use in a window loads its locale data, 10–15 ms): called
 * while the session request is in flight, so drawing the figure when it answers is only DOM work.
 */
export function warmLaunchFormats(language: Language): void {
  const locale = formattingLocale[language]
  for (const digits of [0, 1, 2]) formatNumberFor(locale, 1, digits)
  formatNumberFor(locale, 0)
  new Intl.PluralRules(locale).select(1)
}

/** Draws the launch screen into `root`, replacing what was there (an earlier launch screen). */
export function showLaunchScreen(
  root: HTMLElement,
  language: Language,
  balance: Fetched<TrafficBalance> | undefined,
  now = Date.now(),
): void {
  const words = strings[language]
  const screen = element('div', 'launch')
  screen.setAttribute('aria-busy', 'true')
  const mark = element('img', 'launch-mark')
  mark.src = './favicon.png'
  mark.alt = ''
  mark.width = 48
  mark.height = 48
  screen.append(mark)
  if (balance) {
    const card = element('section', 'launch-card')
    const label = element('span', 'launch-label', words.account.traffic.title)
    label.id = 'launch-balance-label'
    card.setAttribute('aria-labelledby', label.id)
    card.append(
      label,
      element('strong', 'launch-figure', formatTrafficFor(formattingLocale[language], balance.value.remainingBytes)),
      element(
        'span',
        'launch-age',
        fill(words.account.figures.cachedAge, { age: age(language, Date.parse(balance.fetchedAt), now) }),
      ),
    )
    screen.append(card)
  }
  screen.append(element('p', 'launch-status', words.app.starting))
  root.replaceChildren(screen)
}

/** The app's bundle did not load: the launch screen says the app could not start rather than "Starting…" forever. */
export function showLaunchFailure(root: HTMLElement, language: Language): void {
  const status = root.querySelector('.launch-status')
  if (status) status.textContent = strings[language].app.startFailed
  root.querySelector('.launch')?.removeAttribute('aria-busy')
}

import type { Channel, OutputOf } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { initialLanguage } from './language'
import { showLaunchFailure, showLaunchScreen, warmLaunchFormats } from './launch-screen'

/**
 * The first code the window runs: index.html loads it as its own tiny module; the app's bundle (React, Mantine,
 * i18next, the catalogs) is only preloaded there, and this module starts it. It asks main for the session and,
 * once it says someone is signed in, for the opening tab's balance, and starts loading the shell's and the opening
 * tab's code. Plain bridge calls, because the query client does not exist yet; lib/startup.ts hands the answers
 * to it. The Account tab opens first (app/tabs.ts).
 *
 * Meanwhile it draws the launch screen (lib/launch-screen.ts) and, as soon as the session says who is signed in,
 * the balance main kept from the last run: painted a frame before the bundle is evaluated, which holds the main
 * thread for a while, so the window shows the figure in about the time a bare page takes to paint anything.
 */

/** How long a fetched value stays fresh in the window (the query client's staleTime, lib/queries.ts). */
export const FRESH_MS = 60_000

type Answer<C extends Channel> = Promise<Result<OutputOf<C>>>

let session: Answer<'session.get'> | null = null
let balance: Promise<Awaited<Answer<'account.trafficBalance'>> | null> | null = null

function ask<C extends Channel>(channel: C): Answer<C> | null {
  const bridge = window.thordata
  if (!bridge) return null
  // Channels without an input; a synchronous throw becomes the rejection call() would report.
  return (async () => bridge.invoke[channel](undefined as never))()
}

const isFresh = (fetchedAt: string | undefined, now: number) =>
  fetchedAt !== undefined && now - Date.parse(fetchedAt) < FRESH_MS

session = ask('session.get')
balance =
  session?.then((answer) => {
    // Signed out: nothing to show. A figure kept from a moment ago: shown as it is, not asked for again.
    if (!answer.ok || answer.value.mode === 'none') return null
    if (isFresh(answer.value.cached?.trafficBalance?.fetchedAt, Date.now())) return null
    return ask('account.trafficBalance')
  }) ?? null

/** Mantine's stored light/dark/auto choice (app/providers.tsx), applied before its provider mounts. */
function applyColorScheme(): void {
  let chosen: string | null = null
  try {
    chosen = window.localStorage.getItem('thordata-color-scheme')
  } catch {
    // No storage: follow the system.
  }
  const dark = chosen === 'dark' || (chosen !== 'light' && window.matchMedia?.('(prefers-color-scheme: dark)').matches)
  document.documentElement.dataset.mantineColorScheme = dark ? 'dark' : 'light'
}

/** A painted frame, or 50 ms in a window that does not paint (hidden until ready to show). */
const nextFrame = () =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, 50)
    requestAnimationFrame(() => {
      clearTimeout(timer)
      setTimeout(done, 0)
    })
  })

/**
 * In a build, index.html preloads the app's entry (marked by electron.vite.config.ts) rather than running it; it
 * starts once the launch screen has its figure, or after 120 ms if the session is slower than that. In dev there
 * is no such link: main.tsx is running already and imported this module.
 */
function startApp(): void {
  const entry = document.querySelector<HTMLLinkElement>('link[data-thordata-entry]')
  if (!entry || entry.dataset.started) return
  entry.dataset.started = 'true'
  // The shell's and the opening tab's code load alongside the entry rather than after it.
  void import('../app/Shell')
  void import('../features/account/AccountTab')
  void import(/* @vite-ignore */ entry.href).catch((error: unknown) => {
    console.error('The app bundle did not load', error)
    if (root) showLaunchFailure(root, language)
  })
}

const root = document.getElementById('root')
const language = initialLanguage()
applyColorScheme()
if (root) showLaunchScreen(root, language, undefined)
if (!session) startApp()
else {
  warmLaunchFormats(language)
  setTimeout(startApp, 120)
  void session
    .then((answer) => {
      if (root && answer.ok && answer.value.mode !== 'none' && answer.value.cached?.trafficBalance) {
        showLaunchScreen(root, language, answer.value.cached.trafficBalance)
      }
    })
    .then(nextFrame, nextFrame)
    .then(startApp)
}

/** The answers asked for at start, each handed out once (a later refetch asks again). */
export function takeEarlyAnswers() {
  const answers = { session, balance }
  session = null
  balance = null
  return answers
}

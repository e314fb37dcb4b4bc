/**
 * `npm run screenshots`: every view of ./screenshot-views.ts at 1280×800 and 900×600 (the minimum window), light
 * and dark, English and Chinese, through the browser bridge in demo mode, into
 * docs/screenshots/<language>/<size>/<view>-<theme>.png (plus <view>-<theme>-full.png for long views), with
 * docs/screenshots/README.md listing them. Look at them after a UI change: ugly or confusing is a bug.
 * SHOTS_ONLY=account,settings retakes a subset (and leaves the README as it is); SHOTS_INDEX_ONLY=1 then rewrites
 * the README from the shots on disk.
 */
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createTranslator, type Language } from '@shared/i18n'
import { en } from '@shared/i18n/en'
import { zhCN } from '@shared/i18n/zh-CN'
import { type Browser, chromium, type Page } from 'playwright-core'
import { invokeBridge } from '../e2e/bridge/invoke'
import { BRIDGE_SECRET_HEADER } from '../e2e/bridge/secret'
import { BRIDGE_ACCOUNT, startBridgeServer } from '../e2e/bridge/server'
import { chromiumArgs, chromiumExecutable } from './chromium'
import { type View, type ViewContext, views } from './screenshot-views'

const out = resolve('docs/screenshots')
const languages: Language[] = ['en', 'zh-CN']
const sizes = [
  { width: 1280, height: 800 },
  { width: 900, height: 600 },
]
const themes = ['light', 'dark'] as const
const only = process.env.SHOTS_ONLY?.split(',').map((name) => name.trim())
const chosen = only ? views.filter((view) => only.includes(view.name)) : views

type Bridge = Awaited<ReturnType<typeof startBridgeServer>>

function translator(language: Language): ViewContext['t'] {
  const i18n = createTranslator(language, { en, 'zh-CN': zhCN })
  const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string
  return (key, english, values = {}) => t(key, { defaultValue: english, ...values })
}

async function invoke(bridge: Bridge, channel: string, input?: unknown) {
  const result = await invokeBridge(bridge, channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
}

/** Waits out finite animations (a dialog fading in) and two frames. */
const settle = `Promise.race([
  Promise.all(document.getAnimations()
    .filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => undefined))),
  new Promise((done) => setTimeout(done, 2000)),
]).then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))`

async function applyTheme(page: Page, theme: (typeof themes)[number]) {
  await page.emulateMedia({ colorScheme: theme })
  for (let i = 0; i < 200; i++) {
    if ((await page.evaluate('document.documentElement.dataset.mantineColorScheme')) === theme) break
    await page.waitForTimeout(25)
  }
  await page.evaluate(settle)
}

async function shoot(browser: Browser, bridge: Bridge, view: View, language: Language, size: (typeof sizes)[0]) {
  await fetch(`${bridge.origin}/__bridge/reset`, {
    method: 'POST',
    body: '{}',
    headers: { origin: bridge.origin, [BRIDGE_SECRET_HEADER]: bridge.secret },
  })
  // Main speaks the language being shot too (its errors, the tray): as after the user chose it in Settings.
  await invoke(bridge, 'settings.update', { language })
  // The language the window opens in: the one remembered locally, and the system's (for "follow the system").
  const context = await browser.newContext({ viewport: size, locale: language, colorScheme: 'light' })
  await context.addCookies([bridge.cookie])
  await context.addInitScript({
    content: `try { localStorage.setItem('thordata-language', ${JSON.stringify(language)}) } catch {}`,
  })
  const page = await context.newPage()
  const ctx: ViewContext = {
    language,
    t: translator(language),
    tab: async (value) => {
      await page.locator(`[role="tab"][id$="-tab-${value}"]`).click()
    },
    startDemo: async () => {
      await page.getByRole('button', { name: ctx.t('onboarding:demo.start', 'Explore demo') }).click()
      await page.locator('[role="tab"]').first().waitFor()
    },
    connect: async () => {
      await invoke(bridge, 'session.connect', { ...BRIDGE_ACCOUNT, sessionOnly: true })
      await page.reload()
      await page.locator('[role="tab"]').first().waitFor()
    },
    scriptUpdater: async (script) => {
      const response = await fetch(`${bridge.origin}/__bridge/updater`, {
        method: 'POST',
        body: JSON.stringify(script),
        headers: { origin: bridge.origin, [BRIDGE_SECRET_HEADER]: bridge.secret },
      })
      if (!response.ok) throw new Error(`Could not script the updater: ${response.status}`)
    },
  }
  try {
    await page.goto(`${bridge.origin}/`)
    try {
      await view.open(page, ctx)
    } catch (error) {
      const seen = `out/screenshot-errors/${language}-${size.width}x${size.height}-${view.name}.png`
      await page.screenshot({ path: seen }).catch(() => undefined)
      throw new Error(`${view.name} (${language}, ${size.width}×${size.height}) did not open; the page is in ${seen}`, {
        cause: error,
      })
    }
    const dir = `${out}/${language}/${size.width}x${size.height}`
    await mkdir(dir, { recursive: true })
    const files: string[] = []
    // A field left focused by filling a form shows its focus ring and scrolls the page; a dialog keeps its focus.
    await page.evaluate(`(() => {
      const active = document.activeElement
      if (active instanceof HTMLElement && !active.closest('[role="dialog"]')) active.blur()
    })()`)
    for (const theme of themes) {
      await applyTheme(page, theme)
      await page.screenshot({ path: `${dir}/${view.name}-${theme}.png` })
      files.push(`${view.name}-${theme}.png`)
      const tall = (await page.evaluate('document.documentElement.scrollHeight')) as number
      if (view.fullPage && tall > size.height) {
        // From the top: a page captured while scrolled draws its sticky header in the middle of the image.
        const scrolled = (await page.evaluate('window.scrollY')) as number
        await page.evaluate('window.scrollTo(0, 0)')
        await page.screenshot({ path: `${dir}/${view.name}-${theme}-full.png`, fullPage: true })
        await page.evaluate(`window.scrollTo(0, ${scrolled})`)
        files.push(`${view.name}-${theme}-full.png`)
      }
    }
    return files
  } finally {
    await context.close()
  }
}

function index(taken: Map<string, string[]>) {
  const lines = [
    '# Screenshots',
    '',
    'Taken by `npm run screenshots` (scripts/screenshots.ts; the views are listed in scripts/screenshot-views.ts)',
    'through the browser preview in demo mode: every view at 1280×800 and at the 900×600 minimum window, light and',
    'dark, English and Simplified Chinese. `-full` is the whole page where it is taller than the window.',
    '',
  ]
  for (const language of languages) {
    for (const size of sizes) {
      const folder = `${language}/${size.width}x${size.height}`
      lines.push(`## ${language === 'en' ? 'English' : 'Chinese (zh-CN)'}, ${size.width}×${size.height}`, '')
      lines.push('| view | what it shows | light | dark |', '|---|---|---|---|')
      for (const view of chosen) {
        const files = taken.get(`${folder}/${view.name}`) ?? []
        const links = themes.map((theme) =>
          files
            .filter((file) => file.startsWith(`${view.name}-${theme}`))
            .map((file) => `[${file.endsWith('-full.png') ? 'full page' : 'window'}](${folder}/${file})`)
            .join(' · '),
        )
        lines.push(`| ${view.name} | ${view.caption} | ${links[0]} | ${links[1]} |`)
      }
      lines.push('')
    }
  }
  return `${lines.join('\n')}\n`
}

/** The index from the shots on disk (SHOTS_INDEX_ONLY=1): after retaking a subset, list every view again. */
async function writeIndexFromDisk() {
  const taken = new Map<string, string[]>()
  for (const language of languages) {
    for (const size of sizes) {
      const folder = `${language}/${size.width}x${size.height}`
      const files = await readdir(`${out}/${folder}`).catch(() => [] as string[])
      for (const view of views) {
        const mine = files.filter((file) => themes.some((theme) => file.startsWith(`${view.name}-${theme}`)))
        if (mine.length) taken.set(`${folder}/${view.name}`, mine.sort())
      }
    }
  }
  await writeFile(`${out}/README.md`, index(taken))
  const missing = views.filter((view) => !taken.has(`en/1280x800/${view.name}`)).map((view) => view.name)
  if (missing.length) throw new Error(`No shots on disk for: ${missing.join(', ')}`)
}

async function main() {
  if (process.env.SHOTS_INDEX_ONLY) return writeIndexFromDisk()
  // THORDATA_RENDERER_DIR shoots another build (default out/renderer), e.g. a helper's own out-<name>/renderer.
  const bridge = await startBridgeServer({
    keychain: 'unavailable',
    testRoutes: true,
    rendererDir: process.env.THORDATA_RENDERER_DIR,
  })
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })
  const taken = new Map<string, string[]>()
  const failures: string[] = []
  try {
    if (!only) for (const language of languages) await rm(`${out}/${language}`, { recursive: true, force: true })
    for (const language of languages) {
      for (const size of sizes) {
        for (const view of chosen) {
          const folder = `${language}/${size.width}x${size.height}`
          try {
            taken.set(`${folder}/${view.name}`, await shoot(browser, bridge, view, language, size))
            console.info(`${folder}/${view.name}`)
          } catch (error) {
            // One broken view should not cost the others: report it and fail at the end.
            failures.push(`${(error as Error).message}\n  ${String((error as Error).cause).split('\n')[0]}`)
            console.error(failures.at(-1))
          }
        }
      }
    }
    // The picture at the top of the project's README.
    if (taken.has('en/1280x800/account')) await copyFile(`${out}/en/1280x800/account-light.png`, `${out}/account.png`)
    if (!only) await writeFile(`${out}/README.md`, index(taken))
    console.info(`Screenshots in ${out} (index: docs/screenshots/README.md)`)
    if (failures.length) throw new Error(`${failures.length} view(s) failed:\n${failures.join('\n')}`)
  } finally {
    await browser.close()
    await bridge.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

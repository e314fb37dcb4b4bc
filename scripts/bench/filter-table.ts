/**
 * Just the kit DataTable's filter figures: `npx tsx --tsconfig tsconfig.node.json scripts/bench/filter-table.ts`
 * (no app build needed; the page in scripts/bench/table is built here).
 */
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumExecutable } from '../chromium'
import { printFigures } from './figures'
import { tableFilterFigures } from './filter'

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })
  try {
    printFigures(await tableFilterFigures(browser))
  } finally {
    await browser.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

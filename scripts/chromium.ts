/**
 * How every headless Chromium of this project starts: Debian's system Chromium (never a Playwright download),
 * and no background networking, which this machine's closed network would refuse many times a second.
 */
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * Headless Debian Chromium for the end-to-end tests, with a fresh profile.
 * `.ci/run` installs it (`apt-get install -y chromium`) when missing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

/** Where Debian’s `chromium` package puts the browser. */
export const executablePath = '/usr/bin/chromium'

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** A running browser and the cleanup that removes its profile. */
export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/**
 * Start Chromium with a fresh `--user-data-dir` (Playwright passes the
 * folder of a persistent context as that flag).
 */
export async function launch(): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error('No browser at ' + executablePath + ': install it with `apt-get update && apt-get install -y chromium`')
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unscrape-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: flags,
    viewport: {width: 1400, height: 900},
    offline: true
  })
  return {
    context,
    async close() {
      await context.close()
      fs.rmSync(userDataDir, {recursive: true, force: true})
    }
  }
}

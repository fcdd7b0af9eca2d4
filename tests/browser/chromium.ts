/**
 * Debian's Chromium, driven by playwright-core. Where it is missing the browser
 * tests are skipped loudly, except under CI, where a skip would hide a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const INSTALL_HINT = 'sudo apt-get install chromium';

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

if (!chromiumAvailable) {
  const message = `Browser tests need Chromium at ${CHROMIUM_PATH}. Install it with: ${INSTALL_HINT}`;
  if (process.env.CI) throw new Error(`${message} (CI never skips them)`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPED: browser tests. ${message}\n${'!'.repeat(78)}\n`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The machine has no network: background services would only fail and slow start-up.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

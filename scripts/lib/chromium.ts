import fs from 'node:fs';

/**
 * The browser the tests drive: CHROMIUM_PATH when set, else Debian's Chromium, else
 * Playwright's own download (undefined lets Playwright find it).
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p));
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
];

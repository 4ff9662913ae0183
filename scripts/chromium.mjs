// Debian's Chromium, as every tool of this repository starts it (tests, Storybook check, bench,
// consumer tests). No browser is ever downloaded.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // this machine's network is closed: without these, Chromium's own background requests fail noisily
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

// `npm test` must pass on a fresh machine: install Debian's Chromium and Firefox ESR (and php-cli, for the
// WordPress fallback test) when they are missing.
// Nothing downloads a browser build of its own; only apt (as root) is used.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',');
const need = [
  ['chromium', process.env.CHROME_PATH ?? '/usr/bin/chromium', 'chromium'],
  ['firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'],
  // the WordPress plugin's PHP fallback is compared with the builder's in a node test (wordpress-fallback.test.ts)
  ['php', '/usr/bin/php', 'php-cli'],
].filter(([name, path]) => (wanted.includes(name) || (name === 'php' && process.env.SAHEL_SKIP_WORDPRESS !== '1')) && !existsSync(path));

if (need.length > 0) {
  const packages = need.map(([, , pkg]) => pkg).join(' ');
  if (process.getuid?.() !== 0) {
    console.error(`Missing: ${need.map(([, p]) => p).join(', ')}. Install them: sudo apt-get install -y ${packages}`);
    process.exit(1);
  }
  console.log(`Installing ${packages} from Debian…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
}

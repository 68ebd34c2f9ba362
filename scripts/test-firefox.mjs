// `npm run test:firefox`: both Firefox builds (the package, and the test variant with a Mastodon
// instance granted at install), then the end-to-end tests in Debian's Firefox ESR over WebDriver
// BiDi. Ends with its own line "N passed, N failed". --outputFile=<path> keeps vitest's JSON
// report there (npm test adds its counts to the suite's totals).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const outputFile =
  process.argv.find((arg) => arg.startsWith('--outputFile='))?.slice('--outputFile='.length) ??
  join(mkdtempSync(join(tmpdir(), 'animateur-firefox-')), 'firefox.json');

if (!existsSync(FIREFOX)) {
  console.error(`✗ No Firefox at ${FIREFOX}: apt-get install firefox-esr firefox-esr-l10n-fr`);
  process.exit(1);
}
const run = (args, env = process.env) => {
  console.log(`\n▶ ${args.join(' ')}`);
  execFileSync(args[0], args.slice(1), { stdio: 'inherit', env });
};
let failedToRun = false;
try {
  run(['node', 'scripts/build.mjs', '--firefox']);
  run(['node', 'scripts/build.mjs', '--firefox'], { ...process.env, ANIMATEUR_TEST_INSTANCES: 'https://mastodon.social/*' });
  run(['npx', 'vitest', 'run', '--config', 'test/e2e-firefox/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`]);
} catch {
  failedToRun = true;
}
const result = existsSync(outputFile) ? JSON.parse(readFileSync(outputFile, 'utf8')) : { numPassedTests: 0, numFailedTests: 0 };
console.log(`\nFirefox: ${result.numPassedTests} passed, ${result.numFailedTests} failed`);
process.exit(failedToRun || result.numFailedTests ? 1 : 0);

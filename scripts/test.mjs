// `npm test`: everything, in the order that fails fastest — types, unit tests, both builds,
// the Firefox lint, then end-to-end in Debian's Chromium, then in Debian's Firefox ESR.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
const reports = mkdtempSync(join(tmpdir(), 'animateur-test-'));

/** Runs vitest and adds its counts to the closing line. */
const vitest = (name, args) =>
  counted(name, (outputFile) => run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`]));

/** Runs what writes vitest's JSON report to the file it is given, then adds its counts. */
const counted = (name, runner) => {
  const outputFile = join(reports, `${name}.json`);
  try {
    runner(outputFile);
  } finally {
    if (existsSync(outputFile)) {
      const result = JSON.parse(readFileSync(outputFile, 'utf8'));
      totals.passed += result.numPassedTests;
      totals.failed += result.numFailedTests;
      totals.skipped += result.numPendingTests + result.numTodoTests;
    }
  }
};

const run = (command, args) => {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
};

try {
  run('npx', ['tsc', '-p', '.']);
  vitest('unit', []);
  run('node', ['scripts/build.mjs']);
  run('node', ['scripts/build.mjs', '--firefox']);
  execFileSync('node', ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ANIMATEUR_TEST_INSTANCES: 'https://mastodon.social/*,https://piaille.fr/*' },
  });
  run('node', ['scripts/lint-firefox.mjs']);
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const message = `No Chromium at ${chromium}: end-to-end tests need Debian's chromium (apt-get install chromium).`;
    if (process.env.CI) {
      console.error(`✗ ${message}`);
      process.exit(1);
    }
    console.warn(`⚠ ${message} Skipping them locally; CI fails without them.`);
  } else {
    vitest('e2e', ['--config', 'test/e2e/vitest.config.ts']);
  }
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(firefox)) {
    const message = `No Firefox at ${firefox}: its end-to-end tests need Debian's firefox-esr (apt-get install firefox-esr firefox-esr-l10n-fr).`;
    if (process.env.CI) {
      console.error(`✗ ${message}`);
      process.exit(1);
    }
    console.warn(`⚠ ${message} Skipping them locally; CI fails without them.`);
  } else {
    counted('firefox', (outputFile) => run('node', ['scripts/test-firefox.mjs', `--outputFile=${outputFile}`]));
  }
} catch {
  process.exitCode = 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.failed) process.exitCode = 1;

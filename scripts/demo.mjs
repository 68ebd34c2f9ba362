// `npm run demo`: builds, then opens Chromium with the extension on local copies of social pages
// with a few months of sample history, so a newcomer sees every surface in a minute.
// With no display (or --headless) it saves screenshots to artifacts/ instead. --locale=fr-FR for French.
import { execFileSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const locale = arg('locale') ?? 'en-US';

execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
const { runDemo } = await tsImport('../test/e2e/harness/demo.ts', import.meta.url);
await runDemo({ headless, locale });

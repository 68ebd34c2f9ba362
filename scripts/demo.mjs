// `npm run demo`: builds, then opens Chromium with the extension on local copies of social pages
// with a few months of sample history, so a newcomer sees every surface in a minute.
// With no display (or --headless) it saves screenshots to artifacts/ instead, in English and
// French, light and dark, and with Xvfb the browser's toolbar badge and a reminder notification
// too. --locale=fr-FR for one language only.
import { execFileSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const locales = arg('locale') ? [arg('locale')] : headless ? ['en-US', 'fr-FR'] : ['en-US'];

execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
const { runDemo, runBrowserUiDemo } = await tsImport('../test/e2e/harness/demo.ts', import.meta.url);
for (const locale of locales) await runDemo({ headless, locale });
// The toolbar badge and a notification are the browser's own UI, outside any page: pictures of
// them need a virtual X screen (Xvfb), which the demo starts itself where it is installed.
if (headless) for (const locale of locales) await runBrowserUiDemo(locale);

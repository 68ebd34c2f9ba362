/**
 * Turns a real page capture into a test fixture: drops scripts we do not read, stylesheets,
 * frames and every media URL (so a fixture served to Chromium makes no request beyond itself),
 * and stamps the provenance line at the top.
 *
 *   npx tsx scripts/sanitize-capture.ts IN.html OUT.html --provenance "…" [--keep 'css selector'] [--replace 'from=>to']
 *
 * --keep: scripts matching this selector survive (structured data an adapter reads); repeatable.
 * --replace: literal text replacement applied last (e.g. a logged-in viewer's name); repeatable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';

const args = process.argv.slice(2);
const [input, output] = args;
const keep: string[] = [];
const replacements: [string, string][] = [];
let provenance = '';
for (let i = 2; i < args.length; i += 2) {
  const value = args[i + 1] ?? '';
  if (args[i] === '--keep') keep.push(value);
  else if (args[i] === '--provenance') provenance = value;
  else if (args[i] === '--replace') replacements.push(value.split('=>') as [string, string]);
}
if (!input || !output || !provenance) {
  console.error('usage: sanitize-capture.ts IN OUT --provenance "…" [--keep selector] [--replace from=>to]');
  process.exit(2);
}

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const doc = window.document;
doc.write(readFileSync(input, 'utf8'));

const kept = new Set(keep.flatMap((selector) => [...doc.querySelectorAll(selector)]));
for (const el of doc.querySelectorAll('script')) if (!kept.has(el)) el.remove();
for (const el of doc.querySelectorAll('link, iframe, noscript, object, embed, base, meta[http-equiv]')) el.remove();
for (const el of doc.querySelectorAll('[src], [srcset], [poster]')) {
  el.removeAttribute('src');
  el.removeAttribute('srcset');
  el.removeAttribute('poster');
}
// SVG <image> loads its href like an <img> does.
for (const el of doc.querySelectorAll('image')) {
  el.removeAttribute('href');
  el.removeAttribute('xlink:href');
}
// Inline styles may carry url(...) backgrounds: keep the CSS, drop the fetches.
for (const el of doc.querySelectorAll('style, [style]')) {
  const strip = (css: string) => css.replace(/url\((?!["']?data:)[^)]*\)/g, 'none');
  if (el.tagName === 'STYLE') el.textContent = strip(el.textContent ?? '');
  else el.setAttribute('style', strip(el.getAttribute('style') ?? ''));
}

let page = doc.documentElement.outerHTML;
// Replacements are for the page: the provenance line, stamped after them, stays as given, and
// its comment stays closed (the LinkedIn fixtures' had lost its end and its close, which hid
// the top of the page; this script is the one step that rewrote the line after stamping it).
for (const [from, to] of replacements) page = page.split(from).join(to ?? '');
const html = `<!DOCTYPE html>\n<!-- ${provenance.replace(/--/g, '—')} -->\n${page}\n`;
writeFileSync(output, html);
console.log(`${output}: ${(html.length / 1024).toFixed(0)} kB (from ${(readFileSync(input).length / 1024).toFixed(0)} kB)`);
await window.happyDOM.close();

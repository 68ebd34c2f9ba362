// Lints the Firefox build with Mozilla's own linter (offline). Errors fail; so does any warning,
// except Preact's innerHTML path, which web-ext flags in the bundle although our own code
// never sets innerHTML (checked here, so the exception cannot hide a warning of ours).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourceFiles = readdirSync('src', { recursive: true })
  .map((name) => join('src', name))
  .filter((path) => statSync(path).isFile());
const oursSetInnerHtml = sourceFiles.some((file) => /innerHTML/.test(readFileSync(file, 'utf8')));

let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  output = error.stdout; // web-ext exits non-zero on errors; the JSON still says which.
}
const report = JSON.parse(output);
const problems = [...report.errors, ...report.warnings].filter(
  (m) => !(m.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(m.message) && !oursSetInnerHtml),
);
for (const m of problems) console.error(`web-ext ${m._type}: ${m.code} ${m.file ?? ''} ${m.message}`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${problems.length} of ours)`);
process.exit(problems.length ? 1 : 0);

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file a built package (dist/, dist-firefox/) holds, as paths inside it, and whatever its
 * manifest's web_accessible_resources name besides (a pattern as written): all a page could try
 * to fetch to tell that the extension is installed.
 */
export function packageFiles(dist: string): string[] {
  const found = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dist, name)).isFile());
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
  const exposed = manifest.web_accessible_resources?.flatMap((entry) => entry.resources) ?? [];
  return [...new Set([...found, ...exposed])].sort();
}

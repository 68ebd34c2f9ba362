import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines?: { node?: string } };

describe('README', () => {
  it('names the UI\'s controls by their labels', () => {
    for (const key of ['trackPage', 'openOptions', 'backupHeading', 'exportJson', 'importJson', 'untrack', 'justPosted', 'nudgeDismiss']) {
      expect(readme, key).toContain(en[key]!.message);
    }
  });

  it('links nothing outside the repository', () => {
    expect(readme).not.toMatch(/\.\.\//);
  });

  it('says the Node version, which package.json states in engines', () => {
    expect(pkg.engines?.node).toBe('>=20');
    expect(readme).toMatch(/Node\.js 20/);
  });

  it('tells how to pin the toolbar icon', () => {
    expect(readme).toMatch(/[Pp]in/);
  });
});

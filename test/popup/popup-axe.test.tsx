import { render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { Popup } from '../../src/popup/Popup';
import { fakeBrowser, uiLanguage } from '../ui/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

/** axe on the rendered popup (the e2e axe test sees only the popup with data; these states pass too fast there). */
async function violations(): Promise<string[]> {
  const results = await axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const noTab = () => Promise.resolve(null);
// The document's title as the popup's page gives it (jsdom renders only the component).
const pageTitle = /<title>([^<]+)<\/title>/.exec(readFileSync('src/popup/index.html', 'utf8'))![1]!;

describe.each(['en', 'fr'] as const)('popup states without data, %s: a level-one heading and no axe violation', (lang) => {
  beforeEach(() => {
    uiLanguage.current = lang;
    document.documentElement.lang = lang;
    document.title = pageTitle;
  });

  test('loading', async () => {
    fakeBrowser.runtime.sendMessage = (() => new Promise(() => {})) as never;
    render(<Popup readTab={noTab} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Animateur');
    expect(await violations()).toEqual([]);
  });

  test('error', async () => {
    fakeBrowser.runtime.sendMessage = (() => Promise.reject(new Error('store is read-only'))) as never;
    render(<Popup readTab={noTab} />);
    await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Animateur');
    expect(await violations()).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { cachedIntl } from '../../src/ui/intl-cache';
import { byPageName } from '../../src/ui/name-order';

// No webextension-polyfill mock: the cache and the name order must work without the extension API.
describe('one keyed cache of Intl objects, the locale a parameter', () => {
  test('the name order sorts from the cached collator of its locale, built once', () => {
    const sv = cachedIntl('collator', 'sv', undefined, () => new Intl.Collator('sv'));
    let builds = 0;
    const again = cachedIntl('collator', 'sv', undefined, () => (builds++, new Intl.Collator('sv')));
    expect(again).toBe(sv);
    expect(builds).toBe(0);
    // Swedish sorts "ö" after "z"; English beside "o": each locale its own entry.
    const pages = [{ handle: 'ö' }, { handle: 'z' }, { handle: 'o' }];
    expect([...pages].sort(byPageName('sv')).map((p) => p.handle)).toEqual(['o', 'z', 'ö']);
    expect([...pages].sort(byPageName('en')).map((p) => p.handle)).toEqual(['o', 'ö', 'z']);
  });

  test('options are part of the key', () => {
    const plain = cachedIntl('number', 'en', undefined, () => new Intl.NumberFormat('en'));
    const compact = cachedIntl('number', 'en', { notation: 'compact' }, () => new Intl.NumberFormat('en', { notation: 'compact' }));
    expect(compact).not.toBe(plain);
    expect(compact.format(1500)).toBe('1.5K');
  });
});

import { describe, expect, it } from 'vitest';
import { firstCodePoints } from '../src/code-points';

describe('firstCodePoints', () => {
  it('gives a text within the limit back as it is', () => {
    const text = 'Café du Port';
    expect(firstCodePoints(text, 12)).toBe(text);
  });

  it('cuts a longer text to the limit', () => {
    expect(firstCodePoints('abcdef', 4)).toBe('abcd');
  });

  it('counts an emoji as one character and never cuts it in half', () => {
    expect(firstCodePoints('😀😀😀', 2)).toBe('😀😀');
    // Six UTF-16 units, three characters: within a limit of three.
    expect(firstCodePoints('😀😀😀', 3)).toBe('😀😀😀');
    expect(firstCodePoints('a😀b', 2)).toBe('a😀');
  });
});

import { describe, expect, it } from 'vitest';
import { clip } from '../../src/sites/read';

describe('clip', () => {
  it('keeps a text of 280 characters whole, and folds it first', () => {
    const text = 'a'.repeat(280);
    expect(clip(`\n${text}\n`)).toBe(text);
  });

  it('cuts a longer text to 280 characters, the last an ellipsis', () => {
    const clipped = clip('b'.repeat(400))!;
    expect(clipped).toHaveLength(280);
    expect(clipped).toBe(`${'b'.repeat(279)}…`);
  });

  it('counts an emoji as one character and never splits it', () => {
    // 300 characters, 600 UTF-16 units: cut after 279 whole emoji.
    const clipped = clip('😀'.repeat(300))!;
    expect([...clipped]).toHaveLength(280);
    expect(clipped).toBe(`${'😀'.repeat(279)}…`);
  });

  it('keeps a text over 280 UTF-16 units that is within 280 characters', () => {
    const text = '😀'.repeat(200); // 400 units, 200 characters
    expect(clip(text)).toBe(text);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(clip(undefined)).toBeUndefined();
    expect(clip(null)).toBeUndefined();
    expect(clip(' \n\t ')).toBeUndefined();
  });
});

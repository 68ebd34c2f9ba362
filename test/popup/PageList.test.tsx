import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { byUrgency, PageList } from '../../src/popup/PageList';
import { NOW, listItem } from './sample-data';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

const items = ['Bistro', 'Café', 'Marché'].map((name, i) => listItem({}, { id: `x:p${i}`, handle: `p${i}`, name }));

function renderList() {
  render(<PageList items={items} selected={undefined} onSelect={() => {}} now={NOW} />);
  return screen.getAllByTestId('page-row');
}

describe('PageList keyboard', () => {
  it('moves focus down and up the rows with the arrow keys, stopping at the ends', () => {
    const rows = renderList();
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1]!, { key: 'ArrowDown' });
    fireEvent.keyDown(rows[2]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rows[1]);
  });

  it('jumps to the first and last rows with Home and End', () => {
    const rows = renderList();
    rows[1]!.focus();
    fireEvent.keyDown(rows[1]!, { key: 'End' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(rows[0]);
  });

  it('leaves other keys alone', () => {
    const rows = renderList();
    rows[0]!.focus();
    const handled = !fireEvent.keyDown(rows[0]!, { key: 'a' });
    expect(handled).toBe(false);
    expect(document.activeElement).toBe(rows[0]);
  });
});

describe('byUrgency', () => {
  it('puts a watched page after the admin\'s own, even overdue: its silence is not theirs to end', () => {
    const watched = listItem({ state: 'overdue' }, { id: 'x:peer', handle: 'peer', name: 'A peer', role: 'watch' });
    const own = listItem({ state: 'on-track' }, { id: 'x:own', handle: 'own', name: 'Zoo' });
    expect([watched, own].sort(byUrgency).map((i) => i.page.id)).toEqual(['x:own', 'x:peer']);
  });
});

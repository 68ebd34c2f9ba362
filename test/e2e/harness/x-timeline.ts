import type { Page } from 'playwright-core';

/**
 * Appends `count` posts to the saved X timeline the way X's infinite scroll does: clones of the
 * capture's own cells, each given its own status id (`prefix` then a counter, 19 digits).
 */
export async function appendXPosts(page: Page, prefix: string, count: number): Promise<void> {
  await page.evaluate(
    ({ prefix, count }) => {
      const timeline = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
      const templates = [...timeline.querySelectorAll('[data-testid="cellInnerDiv"]')].slice(0, 9);
      for (let i = 0; i < count; i++) {
        const cell = templates[i % templates.length]!.cloneNode(true) as Element;
        const id = `${prefix}${String(i).padStart(19 - prefix.length, '0')}`;
        for (const a of cell.querySelectorAll('a[href*="/status/"]')) {
          a.setAttribute('href', a.getAttribute('href')!.replace(/\/status\/\d+/, `/status/${id}`));
        }
        timeline.append(cell);
      }
    },
    { prefix, count },
  );
}

/** Polls `count` until it reaches `want` or the time runs out; returns the last count. */
export async function waitForCount(count: () => Promise<number>, want: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await count();
    if (now >= want || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
}

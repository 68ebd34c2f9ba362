import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ElementContext } from 'axe-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** What axe found, one line per rule: printed by the tests, and the serious or critical ones asserted. */
export interface AxeReport {
  surface: string;
  passes: number;
  violations: AxeFinding[];
}

export const isBlocking = (finding: AxeFinding) => finding.impact === 'serious' || finding.impact === 'critical';

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) in `page`, on `context` or the whole document. Evaluated through the
 * DevTools protocol, so an extension page's content security policy does not block it.
 */
export async function runAxe(page: Page, surface: string, context?: ElementContext): Promise<AxeReport> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (ctx) => (window as unknown as { axe: { run(c: unknown, o: object): Promise<AxeResults> } }).axe.run(ctx ?? document, { resultTypes: ['violations'] }),
    context as never,
  );
  return {
    surface,
    passes: results.passes.length,
    violations: results.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'minor', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
  };
}

export function printAxe(report: AxeReport): void {
  const lines = report.violations.map((v) => `  ${v.impact.padEnd(8)} ${v.id}: ${v.help} (${v.targets.slice(0, 3).join(', ')}${v.targets.length > 3 ? ', …' : ''})`);
  console.log(`axe ${report.surface}: ${report.violations.length} violation(s), ${report.violations.filter(isBlocking).length} serious or critical, ${report.passes} rules passed${lines.length ? `\n${lines.join('\n')}` : ''}`);
}

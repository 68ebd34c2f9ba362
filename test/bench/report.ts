/** One benchmark figure, printed as one JSON line (the format `npm run bench` promises). */
export function report(name: string, value: number, unit: string): void {
  const rounded = Number.isInteger(value) ? value : Number(value.toPrecision(4));
  console.log(JSON.stringify({ name, value: rounded, unit }));
}

/** Median of repeated timings of `fn`, in milliseconds; the median shrugs off noisy neighbours. */
export async function medianMs(fn: () => unknown, runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeMs(fn));
  return median(times);
}

/**
 * `fn` against `baseline`, timed in alternation so that a noisy neighbour slows both alike (and
 * in turns, first one then the other, so that neither profits from running after the other):
 * each one's median time, and the median of the pairs' ratios.
 */
export async function pairedRatio(
  fn: () => unknown,
  baseline: () => unknown,
  runs: number,
): Promise<{ ms: number; baselineMs: number; ratio: number }> {
  const times: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) baselineTimes.push(await timeMs(baseline));
    times.push(await timeMs(fn));
    if (!(i % 2)) baselineTimes.push(await timeMs(baseline));
  }
  return { ms: median(times), baselineMs: median(baselineTimes), ratio: median(times.map((time, i) => time / baselineTimes[i]!)) };
}

/** The middle value: one sample that paid for a garbage collection does not move it. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeMs(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** One benchmark figure, printed as one JSON line (the format `npm run bench` promises). */
export function report(name: string, value: number, unit: string): void {
  const rounded = Number.isInteger(value) ? value : Number(value.toPrecision(4));
  console.log(JSON.stringify({ name, value: rounded, unit }));
}

/** Median of repeated timings of `fn`, in milliseconds; the median shrugs off noisy neighbours. */
export async function medianMs(fn: () => unknown, runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

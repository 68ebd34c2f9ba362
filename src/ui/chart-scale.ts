/**
 * The count range the follower chart's height spans. A min–max scale made +7 on 1,000 followers
 * fill the whole height, a cliff; the range spans at least 4% of the count (10 at least), with
 * the curve centred in it, then widens to round numbers the axis can print.
 */
export function countDomain(counts: readonly number[]): { low: number; high: number } {
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  const least = Math.max(10, Math.round(max * 0.04));
  const pad = Math.max(0, least - (max - min)) / 2;
  const [low, high] = [min - pad, max + pad];
  const step = roundStep((high - low) / 2);
  return { low: Math.max(0, Math.floor(low / step) * step), high: Math.ceil(high / step) * step };
}

/** The smallest of 1, 2, 5 × a power of ten at or above `raw`. */
function roundStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
}

/** Dates the time axis labels: the first of each month in the window, or Mondays in a short one. */
export function dateTicks(from: number, to: number): number[] {
  const months: number[] = [];
  const month = new Date(from);
  month.setHours(0, 0, 0, 0);
  month.setDate(1);
  for (month.setMonth(month.getMonth() + 1); month.getTime() <= to; month.setMonth(month.getMonth() + 1)) months.push(month.getTime());
  if (months.length >= 2) return months;
  const mondays: number[] = [];
  const day = new Date(from);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() + ((8 - day.getDay()) % 7 || 7));
  for (; day.getTime() <= to; day.setDate(day.getDate() + 7)) mondays.push(day.getTime());
  return mondays;
}

/** A goal longer than two months is no rhythm at all. */
export const MAX_GOAL_DAYS = 60;

/** A page's goal, in whole days from 1 to MAX_GOAL_DAYS: what options offers, the worker and a backup accept. */
export function isGoalDays(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_GOAL_DAYS;
}

import { UsageError } from './usage-error.js';

/** The date a follow-up is computed for: `--today` when given (reports for a set day), else the clock's. */
export function todayFrom(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--today ${value}: expected YYYY-MM-DD`);
  return value;
}

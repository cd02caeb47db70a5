/** Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so results never depend on the machine's zone. */

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO date at UTC midnight. */
function msOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a string is a real ISO calendar date. */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && isoOf(msOf(value)) === value;
}

/** Two-digit padding for months and days. */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The ISO date `days` days after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  return isoOf(msOf(iso) + days * DAY_MS);
}

/** Weekday of an ISO date, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  return new Date(msOf(iso)).getUTCDay();
}

/**
 * The date of weekday `target` nearest `ref` in one direction: `-1` looks back, `1` forward.
 * `inclusive` lets the reference day itself count.
 */
export function weekdayFrom(ref: string, target: number, direction: -1 | 1, inclusive: boolean): string {
  const today = weekdayOf(ref);
  let shift = direction < 0 ? (today - target + 7) % 7 : (target - today + 7) % 7;
  if (shift === 0 && !inclusive) shift = 7;
  return addDays(ref, direction * shift);
}

/** Monday of the week (Monday to Sunday) that holds `ref`. */
export function mondayOf(ref: string): string {
  return addDays(ref, -((weekdayOf(ref) + 6) % 7));
}

/** The weekday `target` inside the Monday-to-Sunday week of `ref` ("este sábado"). */
export function weekdayOfWeek(ref: string, target: number): string {
  return addDays(mondayOf(ref), (target + 6) % 7);
}

/** YYYY-MM `months` months after (or before) the month of `ref`. */
export function addMonths(ref: string, months: number): string {
  const index = Number(ref.slice(0, 4)) * 12 + Number(ref.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * The year in which month/day (day optional) falls nearest `ref` in one direction: the most recent
 * on or before it (`-1`), or the first on or after it (`1`).
 */
export function yearFor(ref: string, month: number, day: number | null, direction: -1 | 1): number {
  const year = Number(ref.slice(0, 4));
  const key = `${pad(month)}-${pad(day ?? 1)}`;
  const refKey = day === null ? `${ref.slice(5, 7)}-01` : ref.slice(5, 10);
  if (direction < 0) return key <= refKey ? year : year - 1;
  return key >= refKey ? year : year + 1;
}

/** The year in which month/day falls nearest `ref`, before or after it. */
export function nearestYear(ref: string, month: number, day: number | null): number {
  const year = Number(ref.slice(0, 4));
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day ?? 15) - msOf(ref));
  return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

import type { PlacedEvent } from './sources.js';

/** Two reports are of one event only if their dates (when both are known to the day) lie this close. */
export const SAME_EVENT_WINDOW_DAYS = 7;

const dayNumbers = new Map<string, number | null>();

/** The day number (days since 1970) of an ISO day; null for no date or a coarser one (a month, a year). */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  let day = dayNumbers.get(iso);
  if (day === undefined) {
    if (dayNumbers.size > 10_000) dayNumbers.clear();
    dayNumbers.set(iso, (day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) / 86_400_000 : null));
  }
  return day;
}

/**
 * Whether two reports, from different documents, are of the same event: the same PLOVER type (and
 * mode where both give one), the same timing (a planned meeting is not the one that happened), at
 * least two shared participants (or every participant of the smaller side, if it has one, or one
 * person in events of the same mode; places and the actors' countries count as participants), and
 * dates no more than seven days apart when both are known to the day.
 */
export function isSameEvent(a: PlacedEvent, b: PlacedEvent): boolean {
  return a.document.id !== b.document.id && isSameReportOf(a, b, dayNumber(a.event.date), dayNumber(b.event.date));
}

/**
 * `isSameEvent` without the question of documents, with the reports' day numbers worked out: whether
 * two reports look like reports of one event. The participants, dearest to compare, last.
 */
export function isSameReportOf(a: PlacedEvent, b: PlacedEvent, dayA: number | null, dayB: number | null): boolean {
  if (a.event.type !== b.event.type) return false;
  if (a.event.mode && b.event.mode && a.event.mode !== b.event.mode) return false;
  // A report without a mode ("coordinated", "cooperated") is the other's specific act ("transferred 26 people")
  // only when both are dated to the day: "have both acted against … in 2025" is no transfer of one day.
  if (!a.event.mode !== !b.event.mode && (dayA === null || dayB === null)) return false;
  if ((a.event.timing === 'future') !== (b.event.timing === 'future')) return false;
  if (dayA !== null && dayB !== null && Math.abs(dayA - dayB) > SAME_EVENT_WINDOW_DAYS) return false;
  let shared = 0;
  let sharedPerson = false;
  for (const id of a.participants) {
    if (!b.participants.has(id)) continue;
    shared++;
    if (id.startsWith('person:')) sharedPerson = true;
  }
  const smaller = Math.min(a.participants.size, b.participants.size);
  // One named person arrested (or transferred, or met) in both reports, with the same mode, is enough.
  const samePerson = a.event.mode !== null && a.event.mode === b.event.mode && sharedPerson;
  return (shared >= Math.min(2, smaller) || samePerson) && shared > 0;
}

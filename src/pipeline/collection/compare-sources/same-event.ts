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
  return isSameEventOn(a, b, dayNumber(a.event.date), dayNumber(b.event.date));
}

/** `isSameEvent` with the reports' day numbers worked out; the participants, dearest to compare, last. */
function isSameEventOn(a: PlacedEvent, b: PlacedEvent, dayA: number | null, dayB: number | null): boolean {
  if (a.document.id === b.document.id) return false;
  if (a.event.type !== b.event.type) return false;
  if (a.event.mode && b.event.mode && a.event.mode !== b.event.mode) return false;
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

/**
 * Every pair of reports of one event, as indexes into `events` (i < j), in order. Reports of one
 * event share its type, so pairs are sought within each type only.
 */
export function sameEventPairs(events: readonly PlacedEvent[]): Array<readonly [number, number]> {
  const byType = new Map<string, number[]>();
  events.forEach((placed, i) => {
    const members = byType.get(placed.event.type);
    if (members) members.push(i);
    else byType.set(placed.event.type, [i]);
  });
  // Each report's day is looked up once, not once for every report it is compared with.
  const days = events.map((placed) => dayNumber(placed.event.date));
  const pairs: Array<readonly [number, number]> = [];
  for (const members of byType.values()) {
    for (let x = 0; x < members.length; x++) {
      const i = members[x]!;
      for (let y = x + 1; y < members.length; y++) {
        const j = members[y]!;
        if (isSameEventOn(events[i]!, events[j]!, days[i]!, days[j]!)) pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

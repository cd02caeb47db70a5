import type { PlacedEvent } from './sources.js';

/** Two reports are of one event only if their dates (when both are known to the day) lie this close. */
export const SAME_EVENT_WINDOW_DAYS = 7;

const dayNumbers = new Map<string, number | null>();

function dayNumber(iso: string | null): number | null {
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
  if (a.document.id === b.document.id) return false;
  if (a.event.type !== b.event.type) return false;
  if (a.event.mode && b.event.mode && a.event.mode !== b.event.mode) return false;
  if ((a.event.timing === 'future') !== (b.event.timing === 'future')) return false;
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
  if ((shared < Math.min(2, smaller) && !samePerson) || shared === 0) return false;
  const da = dayNumber(a.event.date);
  const db = dayNumber(b.event.date);
  return da === null || db === null || Math.abs(da - db) <= SAME_EVENT_WINDOW_DAYS;
}

/**
 * Every pair of reports of one event, as indexes into `events` (i < j), in order. Reports of one
 * event share its type and at least one participant, so each report is tested only against the
 * earlier reports of its type that share one.
 */
export function sameEventPairs(events: readonly PlacedEvent[]): Array<readonly [number, number]> {
  const earlierWith = new Map<string, number[]>();
  // The last report each earlier one was tested against, so a pair sharing several participants is tested once.
  const testedWith = new Array<number>(events.length).fill(-1);
  const pairs: Array<readonly [number, number]> = [];
  events.forEach((placed, j) => {
    for (const participant of placed.participants) {
      const key = `${placed.event.type}|${participant}`;
      const earlier = earlierWith.get(key);
      if (!earlier) {
        earlierWith.set(key, [j]);
        continue;
      }
      for (const i of earlier) {
        if (testedWith[i] === j) continue;
        testedWith[i] = j;
        if (isSameEvent(events[i]!, placed)) pairs.push([i, j]);
      }
      earlier.push(j);
    }
  });
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

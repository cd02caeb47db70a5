import type { PlacedEvent } from './sources.js';

/** Two reports are of one event only if their dates (when both are known to the day) lie this close. */
export const SAME_EVENT_WINDOW_DAYS = 7;

function dayNumber(iso: string | null): number | null {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) / 86_400_000 : null;
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
  const sharedIds = [...a.participants].filter((id) => b.participants.has(id));
  const shared = sharedIds.length;
  const smaller = Math.min(a.participants.size, b.participants.size);
  // One named person arrested (or transferred, or met) in both reports, with the same mode, is enough.
  const samePerson = a.event.mode !== null && a.event.mode === b.event.mode && sharedIds.some((id) => id.startsWith('person:'));
  if ((shared < Math.min(2, smaller) && !samePerson) || shared === 0) return false;
  const da = dayNumber(a.event.date);
  const db = dayNumber(b.event.date);
  return da === null || db === null || Math.abs(da - db) <= SAME_EVENT_WINDOW_DAYS;
}

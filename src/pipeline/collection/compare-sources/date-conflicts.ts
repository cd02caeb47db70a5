import type { Finding } from '../../../core/index.js';
import { weekdayNamed } from '../../../lexicons/weekdays.js';
import { isSameEvent } from './same-event.js';
import type { PlacedEvent } from './sources.js';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday of an ISO day, computed in UTC so no time zone moves it. */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * One event placed on different days by different documents: two stated days that differ, or a
 * weekday in one document that is not the weekday of the day another states. Agreeing reports (the
 * same Wednesday, once by weekday and once by date) stay silent.
 */
export function findDateConflicts(events: readonly PlacedEvent[]): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const [i, a] of events.entries()) {
    for (const b of events.slice(i + 1)) {
      if (!isSameEvent(a, b)) continue;
      const key = [a.document.id, b.document.id].sort().join('|') + `|${a.event.type}`;
      if (reported.has(key)) continue;
      const detail = conflictBetween(a, b) ?? conflictBetween(b, a);
      if (!detail) continue;
      reported.add(key);
      findings.push({
        kind: 'date_conflict',
        documents: [a.document.id, b.document.id],
        entity: null,
        detail,
        evidence: [a, b].map(({ document, event }) => ({ document: document.id, start: event.start, end: event.end })),
      });
    }
  }
  return findings;
}

function conflictBetween(a: PlacedEvent, b: PlacedEvent): string | null {
  const what = a.event.mode === 'meet' || a.event.type === 'consult' ? 'the meeting' : `the ${a.event.type} event`;
  const said = (p: PlacedEvent) => (p.event.dateSpan ? `“${p.document.text.slice(p.event.dateSpan.start, p.event.dateSpan.end)}”` : 'no date');
  const titled = (p: PlacedEvent) => p.document.title ?? p.document.id;
  // A day the event's own sentence gives ("on September 3", even with the year inferred), not one carried over.
  const ownDay = (p: PlacedEvent) => isDay(p.event.date) && p.event.dateSpan !== null && p.event.start <= p.event.dateSpan.start && p.event.dateSpan.end <= p.event.end;
  const statedA = ownDay(a);
  const statedB = ownDay(b);
  if (statedA && statedB && a.event.date !== b.event.date) {
    return `${titled(a)} places ${what} on ${a.event.date} (${said(a)}); ${titled(b)} places it on ${b.event.date} (${said(b)}).`;
  }
  const named = a.event.dateSpan ? weekdayNamed(a.document.text.slice(a.event.dateSpan.start, a.event.dateSpan.end)) : null;
  if (named !== null && statedB && weekdayOf(b.event.date!) !== named) {
    return `${titled(a)} says ${what} took place on a ${WEEKDAY_NAMES[named]} (${said(a)}); ${titled(b)} dates it ${b.event.date} (${said(b)}), which was a ${WEEKDAY_NAMES[weekdayOf(b.event.date!)]}.`;
  }
  return null;
}

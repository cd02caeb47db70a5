import type { Finding } from '../../../core/index.js';
import { weekdayNamed } from '../../../lexicons/weekdays.js';
import { firstPairApart } from './first-pair.js';
import type { PlacedEvent } from './sources.js';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday of an ISO day, computed in UTC so no time zone moves it. */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * One event placed on different days by different documents: two stated days that differ, or a
 * weekday in one document that is not the weekday of the day another states. Reports of one event
 * are grouped across all documents (two may agree with each other and disagree with a third), and
 * each group gives one finding naming every document that reports the event. Agreeing reports (the
 * same Wednesday, once by weekday and once by date) stay silent.
 */
export function findDateConflicts(events: readonly PlacedEvent[], stories: readonly (readonly number[])[]): Finding[] {
  const findings: Finding[] = [];
  for (const story of stories) {
    if (story.length < 2) continue;
    const group = story.map((i) => events[i]!);
    // One report per document: the one that gives a date, else the first (documents in order).
    const first = new Map<string, PlacedEvent>();
    const firstDated = new Map<string, PlacedEvent>();
    for (const p of group) {
      if (!first.has(p.document.id)) first.set(p.document.id, p);
      if (p.event.dateSpan && !firstDated.has(p.document.id)) firstDated.set(p.document.id, p);
    }
    if (first.size < 2) continue;
    // Only reports that give a date can disagree.
    const pair = firstConflictingPair(group.filter((p) => p.event.dateSpan !== null || ownDay(p)));
    if (!pair) continue;
    const [a, b] = pair;
    const detail = (conflictBetween(a, b) ?? conflictBetween(b, a))!;
    const shown = [...first.keys()].map((id) => firstDated.get(id) ?? first.get(id)!);
    findings.push({
      kind: 'date_conflict',
      documents: [...first.keys()],
      entity: null,
      detail: shown.length > 2 ? `${detail} ${datesOf(shown)}` : detail,
      evidence: shown.map(({ document, event }) => ({ document: document.id, start: event.start, end: event.end })),
    });
  }
  return findings;
}

/** What of a dated report a conflict reads (`firstPairApart`): the day its own sentence states, and the words of its date. */
function profileOf(p: PlacedEvent): string {
  const said = p.dateText?.toLowerCase() ?? '';
  return `${ownDay(p) ? p.event.date : ''}\u0000${said}`;
}

/** The first pair of reports, in order, from different documents that disagree on the date. */
function firstConflictingPair(dated: readonly PlacedEvent[]): readonly [PlacedEvent, PlacedEvent] | null {
  return firstPairApart(
    dated,
    profileOf,
    (p) => p.document.id,
    (a, b) => (conflictBetween(a, b) ?? conflictBetween(b, a)) !== null,
  );
}

function datesOf(shown: readonly PlacedEvent[]): string {
  return `Each source: ${shown.map((p) => `${p.document.title ?? p.document.id} — ${p.dateText !== null ? `“${p.dateText}”${p.event.date ? ` (${p.event.date})` : ''}` : 'no date'}`).join('; ')}.`;
}

/** A day the event's own sentence gives ("on September 3", even with the year inferred), not one carried over. */
function ownDay(p: PlacedEvent): boolean {
  return (
    isDay(p.event.date) &&
    p.event.dateSpan !== null &&
    p.event.start <= p.event.dateSpan.start &&
    p.event.dateSpan.end <= p.event.end
  );
}

function conflictBetween(a: PlacedEvent, b: PlacedEvent): string | null {
  const what = a.event.mode === 'meet' || a.event.type === 'consult' ? 'the meeting' : `the ${a.event.type} event`;
  const said = (p: PlacedEvent) => (p.dateText !== null ? `“${p.dateText}”` : 'no date');
  const titled = (p: PlacedEvent) => p.document.title ?? p.document.id;
  const statedA = ownDay(a);
  const statedB = ownDay(b);
  if (statedA && statedB && a.event.date !== b.event.date) {
    return `${titled(a)} places ${what} on ${a.event.date} (${said(a)}); ${titled(b)} places it on ${b.event.date} (${said(b)}).`;
  }
  // A weekday only conflicts with a day the other report states: without one, no need to read it.
  const named = statedB && a.dateText !== null ? weekdayNamed(a.dateText) : null;
  if (named !== null && weekdayOf(b.event.date!) !== named) {
    return `${titled(a)} says ${what} took place on a ${WEEKDAY_NAMES[named]} (${said(a)}); ${titled(b)} dates it ${b.event.date} (${said(b)}), which was a ${WEEKDAY_NAMES[weekdayOf(b.event.date!)]}.`;
  }
  return null;
}

import type { EventStory } from '../../../core/index.js';
import { dayNumber, SAME_EVENT_WINDOW_DAYS } from './same-event.js';
import type { PlacedEvent } from './sources.js';

/**
 * Joins the reports of one event into stories. Pairs that `isSameEvent` accepts are joined in
 * order, but two groups join only while every day their reports give still lies within the window
 * of seven days: otherwise an undated report that matches a meeting on 3 September and another on
 * 26 September would chain the two meetings into one. Each group is a list of indexes into
 * `events`, in order; an event no other report matches is a group of its own.
 */
export function groupReports(events: readonly PlacedEvent[], pairs: ReadonlyArray<readonly [number, number]>): number[][] {
  const parent = events.map((_, i) => i);
  const days = events.map((placed) => dayNumber(placed.event.date));
  const first = days.slice();
  const last = days.slice();
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [i, j] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const lows = [first[a], first[b]].filter((d): d is number => d !== null && d !== undefined);
    const highs = [last[a], last[b]].filter((d): d is number => d !== null && d !== undefined);
    const low = lows.length ? Math.min(...lows) : null;
    const high = highs.length ? Math.max(...highs) : null;
    if (low !== null && high !== null && high - low > SAME_EVENT_WINDOW_DAYS) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    first[root] = low;
    last[root] = high;
  }
  const groups = new Map<number, number[]>();
  events.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

/** The stories of a set of documents: one per group of reports, in the order of their first report. */
export function tellStories(events: readonly PlacedEvent[], groups: readonly (readonly number[])[]): EventStory[] {
  return groups.map((group) => {
    const reports = group.map((i) => events[i]!);
    const head = reports[0]!;
    const dates = reports.map((r) => r.event.date).filter((d): d is string => d !== null).sort();
    const participants = [...new Set(reports.flatMap((r) => [...r.participants]))].filter((id) => !id.startsWith('country:')).sort();
    return {
      id: `${head.document.id}:${head.event.start}`,
      type: head.event.type,
      mode: reports.find((r) => r.event.mode !== null)?.event.mode ?? null,
      timing: head.event.timing,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      participants,
      documents: [...new Set(reports.map((r) => r.document.id))],
      reports: reports.map(({ document, event }) => ({ document: document.id, start: event.start, end: event.end, date: event.date })),
    };
  });
}

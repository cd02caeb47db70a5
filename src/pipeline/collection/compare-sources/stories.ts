import type { EventStory } from '../../../core/index.js';
import { dayNumber, SAME_EVENT_WINDOW_DAYS } from './same-event.js';
import type { PlacedEvent } from './sources.js';

/**
 * Joins the reports of one event into stories. Pairs that `isSameEvent` accepts are joined in
 * order, but two groups join only while the dates their reports give still fit one window of seven
 * days (a month or a year is a range of days): otherwise an undated report that matches a meeting on 3 September and another on
 * 26 September would chain the two meetings into one. Each group is a list of indexes into
 * `events`, in order; an event no other report matches is a group of its own.
 */
export function groupReports(events: readonly PlacedEvent[], pairs: ReadonlyArray<readonly [number, number]>): number[][] {
  const parent = events.map((_, i) => i);
  // Each group keeps the latest first day and the earliest last day of its reports' dates: a month
  // or a year is a range of days, so "in February" can join 20 February but not 3 September.
  const latestStart = events.map((placed) => daysOf(placed.event.date)?.[0] ?? null);
  const earliestEnd = events.map((placed) => daysOf(placed.event.date)?.[1] ?? null);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const pick = (x: number | null | undefined, y: number | null | undefined, choose: (a: number, b: number) => number) =>
    x === null || x === undefined ? (y ?? null) : y === null || y === undefined ? x : choose(x, y);
  for (const [i, j] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const start = pick(latestStart[a], latestStart[b], Math.max);
    const end = pick(earliestEnd[a], earliestEnd[b], Math.min);
    if (start !== null && end !== null && start - end > SAME_EVENT_WINDOW_DAYS) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    latestStart[root] = start;
    earliestEnd[root] = end;
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

/** The first and last day (days since 1970) an ISO date covers: a day, a month or a year; null without one. */
function daysOf(iso: string | null): readonly [number, number] | null {
  if (!iso) return null;
  const day = dayNumber(iso);
  if (day !== null) return [day, day];
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) {
    const [year, number] = [Number(month[1]), Number(month[2])];
    return [Date.UTC(year, number - 1, 1) / 86_400_000, Date.UTC(year, number, 0) / 86_400_000];
  }
  const year = /^(\d{4})$/.exec(iso);
  if (year) return [Date.UTC(Number(year[1]), 0, 1) / 86_400_000, Date.UTC(Number(year[1]), 11, 31) / 86_400_000];
  return null;
}

/** The stories of a set of documents: one per group of reports, in the order of their first report. */
export function tellStories(events: readonly PlacedEvent[], groups: readonly (readonly number[])[]): EventStory[] {
  return groups.map((group) => {
    const reports = group.map((i) => events[i]!);
    const head = reports[0]!;
    // The finest dates the reports give: a day over a month, a month over a year.
    const given = reports.map((r) => r.event.date).filter((d): d is string => d !== null);
    const finest = Math.max(0, ...given.map((d) => d.length));
    const dates = given.filter((d) => d.length === finest).sort();
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

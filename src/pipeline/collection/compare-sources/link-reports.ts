import { dayNumber, isSameReportOf, SAME_EVENT_WINDOW_DAYS } from './same-event.js';
import type { PlacedEvent } from './sources.js';
import { rootFinder } from '../../common/disjoint-sets.js';
import { firstAtLeast } from '../../common/sorted-search.js';

/** Which reports are of one event, as every finding and story reads it. */
export interface ReportLinks {
  /** Groups of indexes into the events, each in order; an event no other report matches is a group of its own. Groups in the order of their first report. */
  readonly groups: readonly (readonly number[])[];
  /** Whether another document reports the event too (the event has a match in another document). */
  readonly echoed: readonly boolean[];
}

/**
 * Reports that look alike in everything `isSameEvent` reads: type, mode, timing, date and
 * participants. Wire copy and follow-ups repeat one event with the same participants, so a large
 * collection holds far fewer kinds of report than reports; kinds are compared, not reports.
 */
interface Kind {
  readonly head: PlacedEvent;
  readonly day: number | null;
  /** Indexes of the kind's reports, in order. */
  readonly members: number[];
  /** The documents of its reports. */
  readonly documents: Set<string>;
}

/**
 * Links the reports of one event across documents in time close to linear in the number of
 * reports: reports are folded into kinds (see `Kind`), kinds are compared within their type, a kind
 * dated to the day only with kinds whose day lies within the window (or that give no day), and the
 * groups are joined with union-find. Two kinds are linked when `isSameEvent` would accept a pair of
 * their reports, that is when they look alike and hold reports of two documents between them.
 * Groups join only while the dates their reports give still fit one window of seven days (a month or
 * a year is a range of days): an undated report that matches a meeting on 3 September and another
 * on 26 September does not chain the two meetings into one.
 */
export function linkReports(events: readonly PlacedEvent[]): ReportLinks {
  const kinds = kindsOf(events);
  const echoed = events.map(() => false);
  const parent = events.map((_, i) => i);
  // Each group keeps the latest first day and the earliest last day of its reports' dates.
  const latestStart = events.map((placed) => daysOf(placed.event.date)?.[0] ?? null);
  const earliestEnd = events.map((placed) => daysOf(placed.event.date)?.[1] ?? null);
  const find = rootFinder(parent);
  const join = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a === b) return;
    const start = pick(latestStart[a], latestStart[b], Math.max);
    const end = pick(earliestEnd[a], earliestEnd[b], Math.min);
    if (start !== null && end !== null && start - end > SAME_EVENT_WINDOW_DAYS) return;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    latestStart[root] = start;
    earliestEnd[root] = end;
  };
  // Reports of one kind in two documents or more are all of one event, if reports of that kind can
  // be of one event at all (a report with no participant matches none).
  for (const kind of kinds) {
    if (kind.documents.size < 2 || !isSameReportOf(kind.head, kind.head, kind.day, kind.day)) continue;
    for (const i of kind.members) echoed[i] = true;
    for (const i of kind.members.slice(1)) join(kind.members[0]!, i);
  }
  forEachLinkedPair(kinds, (x, y) => {
    const [a, b] = [kinds[x]!, kinds[y]!];
    for (const [mine, theirs] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const i of mine.members)
        if (!echoed[i] && (theirs.documents.size > 1 || theirs.head.document.id !== events[i]!.document.id))
          echoed[i] = true;
    }
    // Every report of the one kind pairs with a report of the other from another document, and a
    // kind in two documents is one group already: joining each report to the other kind's first
    // report joins the same groups as joining every pair, in time linear in the two kinds.
    for (const i of a.members) join(i, b.members[0]!);
    for (const j of b.members) join(j, a.members[0]!);
  });
  const groups = new Map<number, number[]>();
  events.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return { groups: [...groups.values()], echoed };
}

const pick = (x: number | null | undefined, y: number | null | undefined, choose: (a: number, b: number) => number) =>
  x === null || x === undefined ? (y ?? null) : y === null || y === undefined ? x : choose(x, y);

function kindsOf(events: readonly PlacedEvent[]): Kind[] {
  const byKey = new Map<string, Kind>();
  const kinds: Kind[] = [];
  events.forEach((placed, i) => {
    const { type, mode, timing, date } = placed.event;
    const key = `${type}\u0000${mode ?? ''}\u0000${timing === 'future' ? 'f' : ''}\u0000${date ?? ''}\u0000${[...placed.participants].sort().join('\u0001')}`;
    let kind = byKey.get(key);
    if (!kind) {
      kind = { head: placed, day: dayNumber(date), members: [], documents: new Set() };
      byKey.set(key, kind);
      kinds.push(kind);
    }
    kind.members.push(i);
    kind.documents.add(placed.document.id);
  });
  return kinds;
}

/**
 * Visits, in order (x < y, by x then y), the pairs of kinds whose reports `isSameEvent` would pair,
 * one x at a time, so the pairs are never all held. Only kinds that may pair are tested: of one
 * type and timing, of one mode or one without (see `isSameReportOf`), and a kind dated to the day
 * with the kinds dated within the window (found by halving a list sorted by day) and the undated ones.
 */
function forEachLinkedPair(kinds: readonly Kind[], visit: (x: number, y: number) => void): void {
  interface Bucket {
    /** Kinds dated to the day, by day then index, and their days. */
    readonly dated: number[];
    readonly days: number[];
    /** Kinds without a day, by index. */
    readonly undated: number[];
  }
  const buckets = new Map<string, Bucket>();
  // The buckets of one type and timing, by mode ('' for none).
  const byTypeAndTiming = new Map<string, Map<string, Bucket>>();
  kinds.forEach((kind, k) => {
    const { type, timing, mode } = kind.head.event;
    const outer = `${type}\u0000${timing === 'future' ? 'f' : ''}`;
    let modes = byTypeAndTiming.get(outer);
    if (!modes) byTypeAndTiming.set(outer, (modes = new Map()));
    let bucket = modes.get(mode ?? '');
    if (!bucket) {
      modes.set(mode ?? '', (bucket = { dated: [], days: [], undated: [] }));
      buckets.set(`${outer}\u0000${mode ?? ''}`, bucket);
    }
    if (kind.day === null) bucket.undated.push(k);
    else bucket.dated.push(k);
  });
  for (const bucket of buckets.values()) {
    bucket.dated.sort((x, y) => kinds[x]!.day! - kinds[y]!.day! || x - y);
    for (const k of bucket.dated) bucket.days.push(kinds[k]!.day!);
  }
  const candidates: number[] = [];
  kinds.forEach((a, x) => {
    const { type, timing, mode } = a.head.event;
    const modes = byTypeAndTiming.get(`${type}\u0000${timing === 'future' ? 'f' : ''}`)!;
    // A kind with a mode meets its mode and none; one without meets every mode.
    const meets = mode ? [modes.get(mode), modes.get('')] : [...modes.values()];
    candidates.length = 0;
    for (const bucket of meets) {
      if (!bucket) continue;
      for (const y of bucket.undated) if (y > x) candidates.push(y);
      if (a.day === null) {
        for (const y of bucket.dated) if (y > x) candidates.push(y);
        continue;
      }
      for (let q = firstAtLeast(bucket.days, a.day - SAME_EVENT_WINDOW_DAYS); q < bucket.dated.length; q++) {
        if (bucket.days[q]! > a.day + SAME_EVENT_WINDOW_DAYS) break;
        if (bucket.dated[q]! > x) candidates.push(bucket.dated[q]!);
      }
    }
    candidates.sort((p, q) => p - q);
    for (const y of candidates) {
      const b = kinds[y]!;
      // Two kinds from one and the same document hold no pair of reports from two documents.
      if (a.documents.size === 1 && b.documents.size === 1 && a.head.document.id === b.head.document.id) continue;
      if (isSameReportOf(a.head, b.head, a.day, b.day)) visit(x, y);
    }
  });
}

/** The first and last day (days since 1970) an ISO date covers: a day, a month or a year; null without one. */
export function daysOf(iso: string | null): readonly [number, number] | null {
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

import { dayNumber, isSameReportOf, SAME_EVENT_WINDOW_DAYS } from './same-event.js';
import type { PlacedEvent } from './sources.js';
import { rootFinder } from '../../common/disjoint-sets.js';

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
  const linked = linkedKinds(kinds);
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
  for (const [x, y] of linked) {
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
  }
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
 * Pairs of kinds (indexes, x < y, in order) whose reports `isSameEvent` would pair. Kinds of one
 * type are compared; a kind dated to the day meets only the kinds dated within the window, found by
 * a sorted walk, and the undated ones.
 */
function linkedKinds(kinds: readonly Kind[]): Array<readonly [number, number]> {
  const byType = new Map<string, number[]>();
  kinds.forEach((kind, k) => {
    const members = byType.get(kind.head.event.type);
    if (members) members.push(k);
    else byType.set(kind.head.event.type, [k]);
  });
  const pairs: Array<readonly [number, number]> = [];
  const consider = (x: number, y: number) => {
    const [a, b] = [kinds[x]!, kinds[y]!];
    // Two kinds from one and the same document hold no pair of reports from two documents.
    if (a.documents.size === 1 && b.documents.size === 1 && a.head.document.id === b.head.document.id) return;
    if (isSameReportOf(a.head, b.head, a.day, b.day)) pairs.push(x < y ? [x, y] : [y, x]);
  };
  for (const members of byType.values()) {
    const dated = members
      .filter((k) => kinds[k]!.day !== null)
      .sort((x, y) => kinds[x]!.day! - kinds[y]!.day! || x - y);
    const undated = members.filter((k) => kinds[k]!.day === null);
    // Undated kinds meet every kind of their type; dated kinds meet the dated ones within the window.
    for (let u = 0; u < undated.length; u++) {
      for (let v = u + 1; v < undated.length; v++) consider(undated[u]!, undated[v]!);
      for (const d of dated) consider(undated[u]!, d);
    }
    for (let p = 0; p < dated.length; p++) {
      const day = kinds[dated[p]!]!.day!;
      for (let q = p + 1; q < dated.length && kinds[dated[q]!]!.day! - day <= SAME_EVENT_WINDOW_DAYS; q++)
        consider(dated[p]!, dated[q]!);
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
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

import type { EventStory } from '../../../core/index.js';
import type { PlacedEvent } from './sources.js';

/** The stories of a set of documents: one per group of reports, in the order of their first report. */
export function tellStories(events: readonly PlacedEvent[], groups: readonly (readonly number[])[]): EventStory[] {
  return groups.map((group) => {
    const reports = group.map((i) => events[i]!);
    const head = reports[0]!;
    // The finest dates the reports give: a day over a month, a month over a year.
    const given = reports.map((r) => r.event.date).filter((d): d is string => d !== null);
    const finest = Math.max(0, ...given.map((d) => d.length));
    const dates = given.filter((d) => d.length === finest).sort();
    const participants = [...new Set(reports.flatMap((r) => [...r.participants]))]
      .filter((id) => !id.startsWith('country:'))
      .sort();
    return {
      id: `${head.document.id}:${head.event.start}`,
      type: head.event.type,
      mode: reports.find((r) => r.event.mode !== null)?.event.mode ?? null,
      timing: head.event.timing,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      participants,
      documents: [...new Set(reports.map((r) => r.document.id))],
      reports: reports.map(({ document, event }) => ({
        document: document.id,
        start: event.start,
        end: event.end,
        date: event.date,
      })),
    };
  });
}

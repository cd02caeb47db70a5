import type { Event, Mention, Span } from '../../../core/index.js';

/**
 * Drops an event that repeats an earlier one of the same document: same type and mode, its actors
 * already among the earlier event's participants, and no date that differs. Articles
 * name "the meeting" many times; it is one event, told with a date if any telling has one.
 */
export function withoutRepeats(text: string, events: readonly Event[], mentions: readonly Mention[]): Event[] {
  const nameAt = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m.name.toLowerCase()]));
  const names = (spans: readonly Span[]) => spans.map((s) => nameAt.get(`${s.start}:${s.end}`) ?? text.slice(s.start, s.end).toLowerCase());
  const kept: Event[] = [];
  for (const event of events) {
    const mine = names([...event.actorSpans, ...event.recipientSpans]);
    const repeat = kept.findIndex((earlier) => {
      if (earlier.type !== event.type || earlier.mode !== event.mode || earlier.timing !== event.timing) return false;
      // Two dates that differ are two events, even when one was carried from the events around it.
      if (event.date && earlier.date && earlier.date !== event.date) return false;
      if (event.dateCertainty === 'stated' && earlier.date !== event.date) return false;
      const theirs = new Set(names([...earlier.actorSpans, ...earlier.recipientSpans]));
      return mine.length > 0 ? mine.every((name) => theirs.has(name) || [...theirs].some((t) => t.endsWith(` ${name}`))) : event.dateCertainty !== 'stated';
    });
    if (repeat < 0) kept.push(event);
    // A headline names the meeting; the lead dates it. The dated telling is the one to keep.
    else if (ownDate(event) && !kept[repeat]!.dateSpan) kept.splice(repeat, 1, event);
  }
  return kept;
}

/** Whether the event's sentence itself dates it (a carried date is only a guess). */
function ownDate(event: Event): boolean {
  return event.date !== null && event.dateSpan !== null && event.dateSpan.start >= event.start && event.dateSpan.end <= event.end;
}

import type { Event, Mention, Span } from '../../../core/index.js';

/**
 * Drops an event that repeats an earlier one of the same document: same type and mode, its actors
 * already among the earlier event's participants, and no date that differs. Articles
 * name "the meeting" many times; it is one event, told with a date if any telling has one.
 */
export function withoutRepeats(text: string, events: readonly Event[], mentions: readonly Mention[]): Event[] {
  const byStart = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byStart.get(m.start);
    if (list) list.push(m);
    else byStart.set(m.start, [m]);
  }
  const nameOf = (s: Span) => {
    const mention = byStart.get(s.start)?.find((m) => m.end === s.end);
    return (mention ? mention.name : text.slice(s.start, s.end)).toLowerCase();
  };
  // Each event's participants, named once: every later event is compared with every kept one.
  const participants = new Map<Event, string[]>();
  const namesOf = (event: Event) => {
    let names = participants.get(event);
    if (!names) participants.set(event, (names = [...event.actorSpans, ...event.recipientSpans].map(nameOf)));
    return names;
  };
  const kept: Event[] = [];
  for (const event of events) {
    const mine = namesOf(event);
    const repeat = kept.findIndex((earlier) => {
      if (earlier.type !== event.type || earlier.mode !== event.mode || earlier.timing !== event.timing) return false;
      // Two dates that differ are two events, even when one was carried from the events around it.
      if (event.date && earlier.date && earlier.date !== event.date) return false;
      if (event.dateCertainty === 'stated' && earlier.date !== event.date) return false;
      const theirs = namesOf(earlier);
      return mine.length > 0 ? mine.every((name) => theirs.includes(name) || theirs.some((t) => t.endsWith(` ${name}`))) : event.dateCertainty !== 'stated';
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

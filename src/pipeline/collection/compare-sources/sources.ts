import type { CommitmentStatement, Event, Figure, Quote, Span } from '../../../core/index.js';
import { ownCopy } from '../../../text/own-copy.js';

/**
 * What comparing needs of one document: its text and the layers that can agree or disagree.
 * Comparing reads each document's layers once, in order, and keeps only what it compares of them
 * (see `compareSources`), so a caller may read them from disk when asked, as it may the text.
 */
export interface ComparedDocument {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly events: readonly Event[];
  readonly commitments: readonly CommitmentStatement[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
}

/** Maps a span of a document to the entity it names, as entity resolution decided. */
export type EntityLookup = (documentId: string, span: Span) => string | null;

/** The country an entity belongs to (ISO alpha-3), as entity resolution knows it. */
export type CountryLookup = (entityId: string) => string | null;

/** What comparing keeps of an event: what the findings and stories read of it. */
export type ComparedEvent = Pick<Event, 'start' | 'end' | 'type' | 'mode' | 'timing' | 'date' | 'dateSpan'>;

/** An event with the document it came from and the entity ids of everyone taking part. */
export interface PlacedEvent {
  readonly document: ComparedDocument;
  readonly event: ComparedEvent;
  readonly participants: ReadonlySet<string>;
  /** The words of the event's date as its document gives them ("on Wednesday"), read once; null without a date span. */
  readonly dateText: string | null;
}

/** One copy of each short string that repeats across documents (dates, the words of dates). */
export class SharedStrings {
  private readonly strings = new Map<string, string>();

  get(value: string): string {
    let shared = this.strings.get(value);
    // A copy: a cut of a text would keep the whole text alive.
    if (shared === undefined) this.strings.set(value, (shared = ownCopy(value)));
    return shared;
  }
}

/**
 * Places the events of one document, each keeping only what comparing reads of it. Participants are
 * the entities taking part and, for each, its country: "the Justice Department took custody of
 * prisoners sent by Mexico" and "Mexico transferred prisoners to the United States" share the
 * United States and Mexico.
 */
export function placeEventsOf(
  document: ComparedDocument,
  entityAt: EntityLookup,
  countryOf: CountryLookup,
  shared: SharedStrings,
): PlacedEvent[] {
  return document.events.map((event) => {
    const ids: string[] = [];
    // The place counts as a participant: two seizures at the port of Lázaro Cárdenas on one day are one seizure.
    for (const span of [...event.actorSpans, ...event.recipientSpans, ...(event.placeSpan ? [event.placeSpan] : [])]) {
      const id = entityAt(document.id, span);
      if (id !== null) ids.push(id);
    }
    const participants = new Set(ids);
    for (const id of ids) {
      const code = countryOf(id);
      if (code !== null) participants.add(shared.get(`country:${code.toLowerCase()}`));
    }
    const { start, end, type, mode, timing, date, dateSpan } = event;
    return {
      document,
      event: {
        start,
        end,
        type,
        mode,
        timing,
        date: date === null ? null : shared.get(date),
        dateSpan: dateSpan ? { start: dateSpan.start, end: dateSpan.end } : null,
      },
      participants,
      dateText: dateSpan ? shared.get(document.text.slice(dateSpan.start, dateSpan.end)) : null,
    };
  });
}

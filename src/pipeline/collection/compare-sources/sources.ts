import type { CommitmentStatement, DateMention, Event, Figure, Quote, Span } from '../../../core/index.js';

/** What comparing needs of one document: its text and the layers that can agree or disagree. */
export interface ComparedDocument {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly events: readonly Event[];
  readonly commitments: readonly CommitmentStatement[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
}

/** Maps a span of a document to the entity it names, as entity resolution decided. */
export type EntityLookup = (documentId: string, span: Span) => string | null;

/** The country an entity belongs to (ISO alpha-3), as entity resolution knows it. */
export type CountryLookup = (entityId: string) => string | null;

/** An event with the document it came from and the entity ids of everyone taking part. */
export interface PlacedEvent {
  readonly document: ComparedDocument;
  readonly event: Event;
  readonly participants: ReadonlySet<string>;
}

/**
 * Places every event of every document. Participants are the entities taking part and, for each, its
 * country: "the Justice Department took custody of prisoners sent by Mexico" and "Mexico transferred
 * prisoners to the United States" share the United States and Mexico.
 */
export function placeEvents(
  documents: readonly ComparedDocument[],
  entityAt: EntityLookup,
  countryOf: CountryLookup = () => null,
): PlacedEvent[] {
  return documents.flatMap((document) =>
    document.events.map((event) => {
      const ids: string[] = [];
      // The place counts as a participant: two seizures at the port of Lázaro Cárdenas on one day are one seizure.
      for (const span of [
        ...event.actorSpans,
        ...event.recipientSpans,
        ...(event.placeSpan ? [event.placeSpan] : []),
      ]) {
        const id = entityAt(document.id, span);
        if (id !== null) ids.push(id);
      }
      const participants = new Set(ids);
      for (const id of ids) {
        const code = countryOf(id);
        if (code !== null) participants.add(`country:${code.toLowerCase()}`);
      }
      return { document, event, participants };
    }),
  );
}

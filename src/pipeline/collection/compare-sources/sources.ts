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

/** An event with the document it came from and the entity ids of everyone taking part. */
export interface PlacedEvent {
  readonly document: ComparedDocument;
  readonly event: Event;
  readonly participants: ReadonlySet<string>;
}

/** Places every event of every document, resolving its participants to entity ids. */
export function placeEvents(documents: readonly ComparedDocument[], entityAt: EntityLookup): PlacedEvent[] {
  return documents.flatMap((document) =>
    document.events.map((event) => ({
      document,
      event,
      participants: new Set([...event.actorSpans, ...event.recipientSpans].map((span) => entityAt(document.id, span)).filter((id): id is string => id !== null)),
    })),
  );
}

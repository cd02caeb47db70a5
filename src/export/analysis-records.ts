import { basename } from 'node:path';
import { Span, type DateGrain, type Entity, type Event, type EventStory } from '../core/index.js';
import type { CollectionAnalysis, StandardAnalysis } from '../pipeline/index.js';
import { figureFacts, type ContractSpan, type FigureFacts } from './contract-json.js';

/** A span of a document with the text it covers (the contract's span). */
export type TextSpan = ContractSpan;

/** The document an exported item comes from, as a reader cites it. */
export interface SourceRecord {
  readonly document: string;
  readonly title: string | null;
  /** The URL the document was read from; null for a file. */
  readonly url: string | null;
  /** The file name (never the server's folder) or null for a URL. */
  readonly name: string | null;
  readonly published: string | null;
  readonly language: string;
}

/** An actor or recipient of an event: the entity id, with its name, kind and country. */
export interface ActorRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string | null;
}

/** What every exported item carries: its id, the sentence that states it and the document it comes from. */
export interface ItemRecord {
  /** Stable for the same input: `<document>:<start>-<end>`, and for an event `:<type>[/<mode>]` after it. */
  readonly id: string;
  readonly sentence: TextSpan;
  readonly source: SourceRecord;
}

/** An event as a PLOVER-style record: who did what to whom, when and where, and the sentence that says so. */
export interface PloverEventRecord extends Pick<Event, 'type' | 'mode' | 'context'>, ItemRecord {
  /** The story (one real-world event across documents) this report belongs to. */
  readonly story: string | null;
  readonly timing: string;
  readonly actors: readonly ActorRecord[];
  readonly recipients: readonly ActorRecord[];
  readonly date: {
    readonly value: string;
    readonly grain: DateGrain;
    readonly certainty: 'stated' | 'inferred' | null;
    readonly text: string | null;
  } | null;
  readonly place: string | null;
  readonly trigger: TextSpan;
}

/** A direct or reported quote with its speaker and the sentence around it. */
export interface QuoteRecord extends ItemRecord {
  readonly kind: 'direct' | 'indirect';
  readonly speaker: ActorRecord | null;
  /** How the text names the speaker, e.g. "a senior official". */
  readonly speakerText: string | null;
  readonly quote: TextSpan;
}

/** A figure (a number with its unit) with the sentence that states it. */
export interface FigureRecord extends FigureFacts, ItemRecord {
  /** How many more times the document states the same fact. */
  readonly repeats: number;
  readonly figure: TextSpan;
}

/** Events, quotes and figures of a set of analysed documents, ready to export. */
export interface AnalysisRecords {
  readonly events: readonly PloverEventRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly figures: readonly FigureRecord[];
}

/** The grain of an ISO date: YYYY-MM-DD a day, YYYY-MM a month, YYYY a year. */
export function grainOf(value: string): DateGrain {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? 'day' : /^\d{4}-\d{2}/.test(value) ? 'month' : 'year';
}

/** Builds the export records of analysed documents; their order is the documents', then the text's. */
export function analysisRecords(
  analyses: readonly StandardAnalysis[],
  collection: CollectionAnalysis,
): AnalysisRecords {
  const entities = new Map(collection.resolution.entities.map((e) => [e.id, e]));
  const storyOf = storyIndex(collection.stories);
  const events: PloverEventRecord[] = [];
  const quotes: QuoteRecord[] = [];
  const figures: FigureRecord[] = [];
  for (const { document, layers } of analyses) {
    const { text } = document;
    const at = (span: Span): TextSpan => ({ text: Span.textOf(text, span), start: span.start, end: span.end });
    const source = sourceOf(
      document.id,
      document.source,
      layers.clean.title?.value ?? null,
      layers.clean.published?.value ?? null,
      layers.clean.language,
    );
    const actorsOf = (spans: readonly Span[]) => {
      const ids = [
        ...new Set(
          spans
            .map((span) => collection.resolution.entityAt(document.id, span))
            .filter((id): id is string => id !== null),
        ),
      ];
      return ids.map((id) => actorRecord(id, entities.get(id)));
    };
    const sentenceAt = sentenceFinder(layers.sentences);
    for (const event of layers.events) {
      events.push({
        id: `${document.id}:${event.start}-${event.end}:${event.type}${event.mode ? `/${event.mode}` : ''}`,
        story: storyOf(document.id, event, event.type),
        type: event.type,
        mode: event.mode,
        context: event.context,
        timing: event.timing,
        actors: actorsOf(event.actorSpans),
        recipients: actorsOf(event.recipientSpans),
        date: event.date
          ? {
              value: event.date,
              grain: grainOf(event.date),
              certainty: event.dateCertainty,
              text: event.dateSpan ? Span.textOf(text, event.dateSpan) : null,
            }
          : null,
        place: event.place,
        source,
        sentence: at(event),
        trigger: at(event.trigger),
      });
    }
    for (const quote of layers.quotes) {
      const speakerId = quote.speakerMention ? collection.resolution.entityAt(document.id, quote.speakerMention) : null;
      quotes.push({
        id: `${document.id}:${quote.start}-${quote.end}`,
        kind: quote.kind,
        speaker: speakerId ? actorRecord(speakerId, entities.get(speakerId)) : null,
        speakerText: quote.speakerText,
        quote: at(quote),
        sentence: at(sentenceAt(quote)),
        source,
      });
    }
    for (const figure of layers.figures) {
      figures.push({
        id: `${document.id}:${figure.start}-${figure.end}`,
        ...figureFacts(figure),
        repeats: figure.repeats?.length ?? 0,
        figure: at(figure),
        sentence: at(sentenceAt(figure)),
        source,
      });
    }
  }
  return { events, quotes, figures };
}

/** Where a document came from, as an export cites it: a URL whole, a file by its name only. */
export function sourceOf(
  id: string,
  source: { readonly path?: string; readonly url?: string; readonly name?: string },
  title: string | null,
  published: string | null,
  language: string,
): SourceRecord {
  const url = source.url ?? null;
  const name = url ? null : (source.name ?? (source.path ? basename(source.path) : null));
  return { document: id, title, url, name, published, language };
}

function actorRecord(id: string, entity: Entity | undefined): ActorRecord {
  return {
    id,
    name: entity?.name ?? id,
    kind: entity?.kind ?? id.split(':')[0] ?? 'unknown',
    country: entity?.country ?? null,
  };
}

/** The story of each report, looked up by document, span and type. */
function storyIndex(stories: readonly EventStory[]) {
  const byReport = new Map<string, string>();
  for (const story of stories)
    for (const report of story.reports)
      byReport.set(`${report.document}|${report.start}|${report.end}|${story.type}`, story.id);
  return (document: string, span: Span, type: string) =>
    byReport.get(`${document}|${span.start}|${span.end}|${type}`) ?? null;
}

/** The sentence that holds a span (by its start), or the span itself when none does; sentences are sorted. */
function sentenceFinder(sentences: readonly Span[]) {
  return (span: Span): Span => {
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = sentences[middle]!;
      if (span.start < sentence.start) high = middle - 1;
      else if (span.start >= sentence.end) low = middle + 1;
      else return { start: sentence.start, end: Math.max(sentence.end, span.end) };
    }
    return span;
  };
}

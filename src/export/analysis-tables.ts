import type { ActorRecord, FigureRecord, PloverEventRecord, QuoteRecord, SourceRecord } from './analysis-records.js';
import type { CsvTable, CsvValue } from './csv.js';

// Column names are part of the export's contract (README, "Exports"): add columns, never rename one.
const sourceColumns = ['document_id', 'document_title', 'source_url', 'source_name', 'published', 'language'] as const;

/** The columns of `puente export events --format csv`. */
export const eventColumns = [
  'event_id',
  'story_id',
  'type',
  'mode',
  'context',
  'timing',
  'actor_ids',
  'actor_names',
  'recipient_ids',
  'recipient_names',
  'date',
  'date_grain',
  'date_certainty',
  'date_text',
  'place',
  'trigger',
  ...sourceColumns,
  'sentence_start',
  'sentence_end',
  'sentence',
] as const;

/** The columns of `puente export quotes --format csv`. */
export const quoteColumns = [
  'quote_id',
  'kind',
  'speaker_id',
  'speaker_name',
  'speaker_text',
  ...sourceColumns,
  'quote_start',
  'quote_end',
  'quote',
  'sentence_start',
  'sentence_end',
  'sentence',
] as const;

/** The columns of `puente export figures --format csv`. */
export const figureColumns = [
  'figure_id',
  'value',
  'unit',
  'per',
  'measures',
  'period',
  'qualifier',
  'repeats',
  ...sourceColumns,
  'figure_start',
  'figure_end',
  'figure_text',
  'sentence_start',
  'sentence_end',
  'sentence',
] as const;

/** Values of a list in one cell, separated by "; ". */
const list = (values: readonly string[]) => values.join('; ');

function sourceCells(source: SourceRecord): Record<(typeof sourceColumns)[number], CsvValue> {
  return {
    document_id: source.document,
    document_title: source.title,
    source_url: source.url,
    source_name: source.name,
    published: source.published,
    language: source.language,
  };
}

const ids = (actors: readonly ActorRecord[]) => list(actors.map((a) => a.id));
const names = (actors: readonly ActorRecord[]) => list(actors.map((a) => a.name));

/** Events as one row each. */
export function eventTable(events: readonly PloverEventRecord[]): CsvTable<(typeof eventColumns)[number]> {
  return {
    columns: eventColumns,
    rows: events.map((e) => ({
      event_id: e.id,
      story_id: e.story,
      type: e.type,
      mode: e.mode,
      context: list(e.context),
      timing: e.timing,
      actor_ids: ids(e.actors),
      actor_names: names(e.actors),
      recipient_ids: ids(e.recipients),
      recipient_names: names(e.recipients),
      date: e.date?.value,
      date_grain: e.date?.grain,
      date_certainty: e.date?.certainty,
      date_text: e.date?.text,
      place: e.place,
      trigger: e.trigger.text,
      ...sourceCells(e.source),
      sentence_start: e.sentence.start,
      sentence_end: e.sentence.end,
      sentence: e.sentence.text,
    })),
  };
}

/** Quotes as one row each. */
export function quoteTable(quotes: readonly QuoteRecord[]): CsvTable<(typeof quoteColumns)[number]> {
  return {
    columns: quoteColumns,
    rows: quotes.map((q) => ({
      quote_id: q.id,
      kind: q.kind,
      speaker_id: q.speaker?.id,
      speaker_name: q.speaker?.name,
      speaker_text: q.speakerText,
      ...sourceCells(q.source),
      quote_start: q.quote.start,
      quote_end: q.quote.end,
      quote: q.quote.text,
      sentence_start: q.sentence.start,
      sentence_end: q.sentence.end,
      sentence: q.sentence.text,
    })),
  };
}

/** Figures as one row each. */
export function figureTable(figures: readonly FigureRecord[]): CsvTable<(typeof figureColumns)[number]> {
  return {
    columns: figureColumns,
    rows: figures.map((f) => ({
      figure_id: f.id,
      value: f.value,
      unit: f.unit,
      per: f.per,
      measures: f.measures,
      period: f.period,
      qualifier: f.qualifier,
      repeats: f.repeats,
      ...sourceCells(f.source),
      figure_start: f.figure.start,
      figure_end: f.figure.end,
      figure_text: f.figure.text,
      sentence_start: f.sentence.start,
      sentence_end: f.sentence.end,
      sentence: f.sentence.text,
    })),
  };
}

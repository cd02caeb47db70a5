import type { Kysely } from 'kysely';
import type { CleanText, DateMention, Figure, Indicator, Span } from '../core/index.js';
import { dateLexicons, lexiconLanguage } from '../lexicons/index.js';
import { foldForLookup, stripAccents } from '../text/normalize.js';
import type { Database } from '../store/schema.js';
import { AnalysesRepository } from '../store/repositories/analyses.repository.js';
import { statedPeriod, type StatedPeriod } from './indicator-period.js';

/**
 * How a point is dated: by the end of the period its sentence states ("in February" → the last day
 * of February), or by its document's date when the sentence states none — or states one still
 * running on that date ("in 2025" in a document of August 2025), since a count cannot run past the
 * day it was published.
 */
export type PointDating = 'period' | 'document';

/** One figure of an evidence sentence that counts for an indicator. */
export interface IndicatorPoint {
  /** The day the point is placed on (see `datedBy`); null when neither the sentence nor the document gives one. */
  readonly date: string | null;
  readonly datedBy: PointDating;
  /** The period the sentence states for the figure (first and last day, and its words), or null. */
  readonly period: StatedPeriod | null;
  /** The document's publication day, or null. */
  readonly published: string | null;
  readonly value: number;
  readonly documentId: string;
  readonly documentTitle: string | null;
  /** The figure in the text, and the evidence sentence that holds it. */
  readonly start: number;
  readonly end: number;
  readonly sentence: Span;
  readonly text: string;
  /** Which evidence the sentence is: accepted by review, or cited by a party's assessment. */
  readonly kind: 'accepted' | 'cited';
  /** Null for accepted evidence; else the party whose assessment cites the sentence. */
  readonly citedBy: string | null;
}

/** An indicator with its points, oldest first (undated last). */
export interface IndicatorSeries extends Indicator {
  readonly points: readonly IndicatorPoint[];
}

const fold = (value: string) => stripAccents(foldForLookup(value));
const holdsWord = (text: string, words: readonly string[]) => {
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return words.some((word) => folded.includes(` ${fold(word)} `) || folded.includes(` ${fold(word)}s `));
};

/**
 * Each indicator's points: the figures (with a value) inside the commitment's evidence (a figure
 * in a sentence both accepted and cited counts once, as the first given)
 * whose unit or measure names one of the indicator's words, or — for a figure with neither — whose
 * sentence does, each dated by the period its sentence states (see `PointDating`). Read from the
 * stored analyses of the evidence documents.
 */
export async function indicatorSeries(
  db: Kysely<Database>,
  indicators: readonly Indicator[],
  evidence: ReadonlyArray<Span & { readonly documentId: string; readonly citedBy: string | null }>,
): Promise<IndicatorSeries[]> {
  if (!indicators.length) return [];
  const analyses = await new AnalysesRepository(db).serialized([...new Set(evidence.map((e) => e.documentId))]);
  const byId = new Map(
    analyses.map((a) => {
      const layers = JSON.parse(a.layers) as {
        figures?: Figure[];
        dates?: DateMention[];
        sentences?: Span[];
        clean?: Pick<CleanText, 'title' | 'published' | 'language'>;
      };
      return [
        a.document.id,
        {
          text: a.document.text,
          figures: layers.figures ?? [],
          dates: layers.dates ?? [],
          sentences: layers.sentences ?? [],
          dateline: layers.clean?.published?.span ?? null,
          lexicon: dateLexicons[lexiconLanguage(layers.clean?.language ?? 'en')],
          title: layers.clean?.title?.value ?? null,
          published: (layers.clean?.published?.value ?? a.document.hints.published ?? null)?.slice(0, 10) ?? null,
        },
      ];
    }),
  );
  return indicators.map((indicator) => {
    const points: IndicatorPoint[] = [];
    const seen = new Set<string>();
    for (const span of evidence) {
      const document = byId.get(span.documentId);
      if (!document) continue;
      const sentence = document.text.slice(span.start, span.end);
      for (const figure of document.figures) {
        if (figure.value === null || figure.start < span.start || figure.end > span.end) continue;
        const described = [figure.unit, figure.measures].filter((s): s is string => s !== null);
        if (
          !(described.length ? holdsWord(described.join(' '), indicator.words) : holdsWord(sentence, indicator.words))
        )
          continue;
        const key = `${span.documentId}:${figure.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sentenceSpan = { start: span.start, end: span.end };
        // The period is read in the figure's own sentence, whatever part of the text the evidence cites.
        const own = document.sentences.find((s) => s.start <= figure.start && figure.end <= s.end) ?? sentenceSpan;
        const period = statedPeriod(document.text, figure, own, document.dates, document.dateline, document.lexicon);
        const byPeriod = period !== null && (document.published === null || period.to <= document.published);
        points.push({
          date: byPeriod ? period.to : document.published,
          datedBy: byPeriod ? 'period' : 'document',
          period,
          published: document.published,
          value: figure.value,
          documentId: span.documentId,
          documentTitle: document.title,
          start: figure.start,
          end: figure.end,
          sentence: sentenceSpan,
          text: document.text.slice(figure.start, figure.end),
          kind: span.citedBy === null ? 'accepted' : 'cited',
          citedBy: span.citedBy,
        });
      }
    }
    points.sort(
      (a, b) =>
        (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1) ||
        a.documentId.localeCompare(b.documentId) ||
        a.start - b.start,
    );
    return { ...indicator, points };
  });
}

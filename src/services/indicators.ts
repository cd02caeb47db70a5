import type { Kysely } from 'kysely';
import type { CleanText, Figure, Indicator, Span } from '../core/index.js';
import { foldForLookup, stripAccents } from '../text/normalize.js';
import type { Database } from '../store/schema.js';
import { AnalysesRepository } from '../store/repositories/analyses.repository.js';

/** One figure of an accepted evidence sentence that counts for an indicator. */
export interface IndicatorPoint {
  /** The day the figure was published (its document's date); null when the document has none. */
  readonly date: string | null;
  readonly value: number;
  readonly documentId: string;
  readonly documentTitle: string | null;
  /** The figure in the text, and the evidence sentence that holds it. */
  readonly start: number;
  readonly end: number;
  readonly sentence: Span;
  readonly text: string;
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
 * sentence does. Read from the stored analyses of the evidence documents.
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
      const layers = JSON.parse(a.layers) as { figures?: Figure[]; clean?: Pick<CleanText, 'title' | 'published'> };
      return [
        a.document.id,
        {
          text: a.document.text,
          figures: layers.figures ?? [],
          title: layers.clean?.title?.value ?? null,
          published: layers.clean?.published?.value ?? a.document.hints.published ?? null,
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
        points.push({
          date: document.published?.slice(0, 10) ?? null,
          value: figure.value,
          documentId: span.documentId,
          documentTitle: document.title,
          start: figure.start,
          end: figure.end,
          sentence: { start: span.start, end: span.end },
          text: document.text.slice(figure.start, figure.end),
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

/**
 * The `comparison` collection stage: findings of comparing sources and every event as a story (see
 * compare-sources/). It needs `resolution` to know which mentions name one entity, and `copies`
 * because copies are compared as one source: their story alone stands for them, so that five sites
 * running one wire report neither corroborate each other nor count as five reports.
 */
import { defineCollectionStage } from './collection-stage.js';
import type { AnalysedDocument } from './collection-stage.js';
import { compareSources } from './compare-sources/index.js';

/**
 * A document's text, kept only for the last `size` documents asked about. Texts the collection
 * reads back from disk (see spilled-analyses.ts) are read again when asked after that: 16,000
 * texts at once took some 190 MB, while comparing reads one document's text several times over,
 * then moves on.
 */
function recent<T>(size: number, read: (document: AnalysedDocument) => T): (document: AnalysedDocument) => T {
  const kept = new Map<AnalysedDocument, T>();
  return (document) => {
    let value = kept.get(document);
    if (value === undefined) {
      kept.set(document, (value = read(document)));
      if (kept.size > size) kept.delete(kept.keys().next().value!);
    }
    return value;
  };
}

/** Compares the sources of the documents that are not copies of another. */
export const comparison = defineCollectionStage({
  name: 'comparison',
  needs: ['resolution', 'copies'],
  run: ({ analyses, resolution, copies }) => {
    const countries = new Map(resolution.entities.map((e) => [e.id, e.country]));
    const copyIds = new Set(copies.flatMap((group) => group.copies.map((copy) => copy.document)));
    const textOf = recent(64, (analysed) => analysed.document.text);
    // Comparing reads a document's layers once, in order, and keeps only what it compares of them
    // (see compareSources): layers read back from disk are read once per document, not held.
    const layersOf = recent(2, (analysed) => analysed.layers);
    return compareSources(
      analyses
        .filter(({ document }) => !copyIds.has(document.id))
        .map((analysed) => {
          let title: string | null | undefined;
          // The title is kept from the first read: findings name documents in any order.
          const layers = () => {
            const read = layersOf(analysed);
            if (title === undefined) title = read.clean.title?.value ?? null;
            return read;
          };
          return {
            id: analysed.document.id,
            get text() {
              return textOf(analysed);
            },
            get title() {
              if (title === undefined) layers();
              return title!;
            },
            get events() {
              return layers().events;
            },
            get commitments() {
              return layers().commitments;
            },
            get quotes() {
              return layers().quotes;
            },
            get figures() {
              return layers().figures;
            },
          };
        }),
      resolution.entityAt,
      (id) => countries.get(id) ?? null,
    );
  },
});

/**
 * The `comparison` collection stage: findings of comparing sources and every event as a story (see
 * compare-sources/). It needs `resolution` to know which mentions name one entity, and `copies`
 * because copies are compared as one source: their story alone stands for them, so that five sites
 * running one wire report neither corroborate each other nor count as five reports.
 */
import { defineCollectionStage } from './collection-stage.js';
import { compareSources } from './compare-sources/index.js';

/**
 * A document's text, kept only for the last `size` documents asked about. Texts the collection
 * reads back from disk (see spilled-analyses.ts) are read again when asked after that: 16,000
 * texts at once took some 190 MB, while comparing reads one document's text several times over,
 * then moves on.
 */
function recentTexts(size: number): (document: { readonly text: string }) => string {
  const texts = new Map<object, string>();
  return (document) => {
    let text = texts.get(document);
    if (text === undefined) {
      texts.set(document, (text = document.text));
      if (texts.size > size) texts.delete(texts.keys().next().value!);
    }
    return text;
  };
}

/** Compares the sources of the documents that are not copies of another. */
export const comparison = defineCollectionStage({
  name: 'comparison',
  needs: ['resolution', 'copies'],
  run: ({ analyses, resolution, copies }) => {
    const countries = new Map(resolution.entities.map((e) => [e.id, e.country]));
    const copyIds = new Set(copies.flatMap((group) => group.copies.map((copy) => copy.document)));
    const textOf = recentTexts(64);
    return compareSources(
      analyses
        .filter(({ document }) => !copyIds.has(document.id))
        .map(({ document, layers }) => ({
          id: document.id,
          get text() {
            return textOf(document);
          },
          title: layers.clean.title?.value ?? null,
          events: layers.events,
          commitments: layers.commitments,
          quotes: layers.quotes,
          figures: layers.figures,
          dates: layers.dates,
        })),
      resolution.entityAt,
      (id) => countries.get(id) ?? null,
    );
  },
});

/**
 * The `comparison` collection stage: findings of comparing sources and every event as a story (see
 * compare-sources/). It needs `resolution` to know which mentions name one entity, and `copies`
 * because copies are compared as one source: their story alone stands for them, so that five sites
 * running one wire report neither corroborate each other nor count as five reports.
 */
import { defineCollectionStage } from './collection-stage.js';
import { compareSources } from './compare-sources/index.js';

/** Compares the sources of the documents that are not copies of another. */
export const comparison = defineCollectionStage({
  name: 'comparison',
  needs: ['resolution', 'copies'],
  run: ({ analyses, resolution, copies }) => {
    const countries = new Map(resolution.entities.map((e) => [e.id, e.country]));
    const copyIds = new Set(copies.flatMap((group) => group.copies.map((copy) => copy.document)));
    return compareSources(
      analyses
        .filter(({ document }) => !copyIds.has(document.id))
        .map(({ document, layers }) => ({
          id: document.id,
          text: document.text,
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

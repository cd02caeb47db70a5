/**
 * The `resolution` collection stage: which mentions across the documents name one entity (see
 * resolve-entities/). Needs nothing from the other collection stages.
 */
import { defineCollectionStage } from './collection-stage.js';
import { resolveEntities } from './resolve-entities/index.js';

/** Resolves the mentions of every document to entities, with the settings' own actors. */
export const resolution = defineCollectionStage({
  name: 'resolution',
  needs: [],
  run: ({ analyses, settings }) =>
    resolveEntities(
      analyses.map(({ document, layers }) => ({
        id: document.id,
        // Asked only where an acronym may follow a name: a caller keeping texts out of memory is not made to hold all of them here.
        get text() {
          return document.text;
        },
        title: layers.clean.title?.value ?? null,
        published: settings.referenceDate ?? layers.clean.published?.value ?? null,
        mentions: layers.mentions,
      })),
      settings.actors,
    ),
});

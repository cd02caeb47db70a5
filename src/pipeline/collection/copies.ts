/**
 * The `copies` collection stage: documents that are copies of one story (syndicated, edited, cut
 * short), found by comparing their bodies (see text/near-copies.ts).
 */
import { findCopyGroups } from '../../text/near-copies.js';
import { defineCollectionStage } from './collection-stage.js';

/** Groups the documents whose bodies tell one story. */
export const copies = defineCollectionStage({
  name: 'copies',
  needs: [],
  // Each body is made when it is read and dropped after: thousands of bodies are never held at once.
  run: ({ analyses }) =>
    findCopyGroups(
      (function* () {
        for (const { document, layers } of analyses)
          yield {
            id: document.id,
            body: layers.clean.paragraphs.map((p) => document.text.slice(p.start, p.end)).join('\n\n'),
          };
      })(),
    ),
});

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
  run: ({ analyses }) =>
    findCopyGroups(
      analyses.map(({ document, layers }) => ({
        id: document.id,
        body: layers.clean.paragraphs.map((p) => document.text.slice(p.start, p.end)).join('\n\n'),
      })),
    ),
});

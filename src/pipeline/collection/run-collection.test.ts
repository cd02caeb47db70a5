import { describe, expect, it } from 'vitest';
import { collectionStages } from '../index.js';
import { createCollectionPipeline } from './run-collection.js';

describe('the collection pipeline', () => {
  it('accepts the declared collection stages, each needing only stages above it', () => {
    expect(createCollectionPipeline(collectionStages).stages.map((stage) => stage.name)).toEqual([
      'resolution',
      'copies',
      'comparison',
    ]);
  });

  it('refuses a stage placed above a stage it needs, and says how to fix the list', () => {
    const [resolution, copies, comparison] = collectionStages;
    expect(() => createCollectionPipeline([resolution, comparison, copies])).toThrow(
      'createCollectionPipeline: stage `comparison` needs `copies`, which no earlier stage produces; move `copies` above it',
    );
  });

  it('refuses a stage listed twice', () => {
    const [resolution, copies, comparison] = collectionStages;
    expect(() => createCollectionPipeline([resolution, copies, copies, comparison])).toThrow(
      'createCollectionPipeline: stage `copies` appears twice; each layer has one stage',
    );
  });
});

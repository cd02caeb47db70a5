import type { Settings } from '../../core/index.js';
import { assertStageOrder } from '../create-pipeline.js';
import type { AnalysedDocument, CollectionLayerName, CollectionLayers, CollectionStage } from './collection-stage.js';

/** Any collection stage. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the stages' own needs differ; the runner checks them
export type AnyCollectionStage = CollectionStage<any, CollectionLayerName>;

/** A validated, ordered list of collection stages that together produce every collection layer. */
export interface CollectionPipeline {
  readonly stages: readonly AnyCollectionStage[];
}

/**
 * Checks a list of collection stages once, at startup, as `createPipeline` does the document stages:
 * names unique, every need produced earlier.
 */
export function createCollectionPipeline(stages: readonly AnyCollectionStage[]): CollectionPipeline {
  assertStageOrder('createCollectionPipeline', stages);
  return { stages };
}

/** Runs the collection stages in order, each on the analyses and the layers produced before it. */
export function runCollection(
  pipeline: CollectionPipeline,
  analyses: readonly AnalysedDocument[],
  settings: Settings,
): CollectionLayers {
  const layers: Partial<Record<CollectionLayerName, unknown>> = {};
  for (const stage of pipeline.stages) layers[stage.name] = stage.run({ analyses, settings, ...layers });
  return layers as CollectionLayers;
}

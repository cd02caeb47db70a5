import type { CleanText, Layers, Settings, SourceDocument } from '../../core/index.js';
import type { CopyGroup } from '../../text/near-copies.js';
import type { Comparison } from './compare-sources/index.js';
import type { Resolution } from './resolve-entities/index.js';

/** Everything the collection stages learn over all documents, one key per stage. */
export interface CollectionLayers {
  /** Entities across documents: which mentions name one person, organisation or country. */
  readonly resolution: Resolution;
  /** Documents that are copies of one story (syndicated, edited, cut short). */
  readonly copies: readonly CopyGroup[];
  /** Findings of comparing sources, and every event as a story. */
  readonly comparison: Comparison;
}

/** The name of a collection layer, which is also the name of the stage that produces it. */
export type CollectionLayerName = keyof CollectionLayers;

/**
 * One document as the collection stages read it: of the document and its layers, only what they use,
 * so that a caller holding thousands of documents for them may hold no more (see `collectionInputOf`).
 */
export interface AnalysedDocument {
  readonly document: Pick<SourceDocument, 'id' | 'text'>;
  readonly layers: {
    readonly clean: Pick<CleanText, 'title' | 'published' | 'paragraphs'>;
  } & Pick<Layers, 'mentions' | 'dates' | 'figures' | 'quotes' | 'events' | 'commitments'>;
}

/** The part of a document's analysis the collection stages read: its sentences, messages and page furniture left out. */
export function collectionInputOf(analysis: {
  readonly document: SourceDocument;
  readonly layers: Pick<Layers, 'clean' | 'mentions' | 'dates' | 'figures' | 'quotes' | 'events' | 'commitments'>;
}): AnalysedDocument {
  const { document, layers } = analysis;
  const { title, published, paragraphs } = layers.clean;
  return {
    document: { id: document.id, text: document.text },
    layers: {
      clean: { title, published, paragraphs },
      mentions: layers.mentions,
      dates: layers.dates,
      figures: layers.figures,
      quotes: layers.quotes,
      events: layers.events,
      commitments: layers.commitments,
    },
  };
}

/** What a collection stage receives: every document's analysis, the settings and the layers it needs. */
export type CollectionStageInput<Needs extends CollectionLayerName> = {
  readonly analyses: readonly AnalysedDocument[];
  readonly settings: Settings;
} & { readonly [K in Needs]: CollectionLayers[K] };

/** A stage over the whole collection, named after the layer it produces (the document stages' contract). */
export interface CollectionStage<Needs extends CollectionLayerName, Output extends CollectionLayerName> {
  readonly name: Output;
  readonly needs: readonly Needs[];
  run(input: CollectionStageInput<Needs>): CollectionLayers[Output];
}

/** Identity helper, so that `name` and `needs` are inferred as literals. */
export function defineCollectionStage<N extends CollectionLayerName, O extends CollectionLayerName>(
  stage: CollectionStage<N, O>,
): CollectionStage<N, O> {
  return stage;
}

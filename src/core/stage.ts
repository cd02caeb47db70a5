import type { LayerName, Layers } from './layers.js';
import type { MessageDetails } from './message.js';
import type { SourceDocument } from './source-document.js';
import type { Span } from './span.js';
import type { Settings } from './settings.js';

/** What a stage is given: the document, the settings, and exactly the layers it needs. */
export type StageInput<Needs extends LayerName> = {
  readonly document: SourceDocument;
  readonly settings: Settings;
} & { readonly [K in Needs]: Layers[K] };

/** How a stage attaches doubts to places in the text (vfile's message/info). */
export interface Reporter {
  warn(reason: string, place?: Span, details?: MessageDetails): void;
  info(reason: string, place?: Span, details?: MessageDetails): void;
}

/** A pipeline stage: a function over one document that produces the layer it is named after. */
export interface Stage<Needs extends LayerName, Output extends LayerName> {
  readonly name: Output;
  readonly needs: readonly Needs[];
  run(input: StageInput<Needs>, report: Reporter): Layers[Output];
}

/** Any stage, for lists of stages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, LayerName>;

/** Identity helper, so `needs` and `name` are inferred as literals. */
export function defineStage<N extends LayerName, O extends LayerName>(stage: Stage<N, O>): Stage<N, O> {
  return stage;
}

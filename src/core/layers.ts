import type { CleanText } from './clean-text.js';
import type { DateMention, Figure, Mention, Quote, Sentence } from './annotations.js';
import type { CommitmentStatement, Event } from './events.js';

/** Everything the pipeline learns about one document, one key per stage. */
export interface Layers {
  clean: CleanText;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  dates: readonly DateMention[];
  figures: readonly Figure[];
  quotes: readonly Quote[];
  events: readonly Event[];
  commitments: readonly CommitmentStatement[];
}

/** The name of a layer, which is also the name of the stage that writes it. */
export type LayerName = keyof Layers;

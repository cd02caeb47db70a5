import type { KnownActor } from './knowledge.js';

/** Options every stage may read; stages get no clock, no store and no network. */
export interface Settings {
  /**
   * Overrides the date that relative expressions resolve against. Default null: the document's own
   * publication date, never today's date.
   */
  readonly referenceDate: string | null;
  /** Actors the user knows about, added to the built-in ones (see `lexicons/actors.ts`). */
  readonly actors: readonly KnownActor[];
}

/** Settings with every default applied. */
export const defaultSettings: Settings = { referenceDate: null, actors: [] };

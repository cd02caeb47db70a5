import type { PloverType } from '../core/index.js';

/** Words that signal one PLOVER event type (and mode) in one language. */
export interface EventTrigger {
  readonly type: PloverType;
  readonly mode: string | null;
  /** Lower-case words or phrases, inflected forms listed out. */
  readonly words: readonly string[];
  /** Nouns ("meeting", "agreement") name an event without saying who acted; they need an actor nearby. */
  readonly nouns?: readonly string[];
}

/** Everything a language contributes to the events and commitments stages. */
export interface EventLexicon {
  readonly triggers: readonly EventTrigger[];
  /** PLOVER contexts and the topic words that put a sentence in them. */
  readonly contexts: Readonly<Record<string, readonly string[]>>;
  /** Words before a trigger that change its timing. */
  readonly timing: { readonly future: readonly string[]; readonly negated: readonly string[]; readonly hypothetical: readonly string[]; readonly ongoing: readonly string[] };
  /** Phrases that introduce a commitment; the action follows them. */
  readonly commitmentCues: readonly string[];
  /** Group subjects ("both governments") that stand for every party of the event in view. */
  readonly groupSubjects: readonly string[];
  /** First-person pronouns, which inside a quote stand for its speaker. */
  readonly firstPerson: readonly string[];
}

/** How one language attributes speech; see `en/speech.ts` for what each list holds. */
export interface SpeechLexicon {
  /** Verbs that attribute a quote to whoever stands beside them ("said", "told", "afirmó"). */
  readonly verbs: readonly string[];
  /** Verbs that make even a short quoted fragment a quote ("promised", "vowed", "prometió"). */
  readonly fragmentCues: readonly string[];
  /** Phrases that put the speaker after them, before the words ("according to", "según"). */
  readonly sources: readonly string[];
  /** Adverbs that may sit between speaker and verb ("reportedly", "later"). */
  readonly adverbs: readonly string[];
  /** Verbs that report speech only with such an adverb ("reportedly outlined"). */
  readonly reportedVerbs: readonly string[];
  /** Personal pronouns that stand for the last person named. */
  readonly pronouns: readonly string[];
  /** Head nouns of unnamed speakers ("a senior official", "una fuente"). */
  readonly anonymousHeads: readonly string[];
  /** Determiners that open an unnamed speaker's description ("a", "una", "two", "the" for one named before). */
  readonly indefinites: readonly string[];
}

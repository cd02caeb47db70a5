/**
 * How one language attributes speech; see `en/speech.ts` for what each list holds. Lists of verbs
 * hold lemmas ("say", "decir"), phrases inflecting their first word ("point out", "dar a conocer"):
 * the quotes stage makes every form with `wordForms`.
 */
export interface SpeechLexicon {
  /** Verbs that attribute a quote to whoever stands beside them ("say", "tell", "afirmar"), as lemmas. */
  readonly verbLemmas: readonly string[];
  /** Some forms of them, as other stages read them (`verbLemmas` makes every one; a test holds them to it). */
  readonly verbs: readonly string[];
  /** Forms the lemmas make that reporting writes as nouns, never as the verb ("informe", "resumen"). */
  readonly nounForms: readonly string[];
  /** Auxiliaries that make a compound tense with a verb's participle ("ha dicho"); a participle alone does not report ("señalado como"). */
  readonly perfectAuxiliaries: readonly string[];
  /** Verbs that make even a short quoted fragment a quote ("promised", "vowed", "prometió"). */
  readonly fragmentCues: readonly string[];
  /** Phrases that put the speaker after them, before the words ("according to", "según"). */
  readonly sources: readonly string[];
  /** Adverbs that may sit between speaker and verb ("reportedly", "later"). */
  readonly adverbs: readonly string[];
  /** Verbs that report speech only with such an adverb ("reportedly outlined"). */
  readonly reportedVerbs: readonly string[];
  /** Heads of a group that speaks as its country's government when only the country stands beside them ("the Mexican government", "las autoridades mexicanas"). */
  readonly governmentHeads: readonly string[];
  /** Descriptions of a group that, after both sides' people are named, speak for both governments ("both leaders", "las delegaciones"). */
  readonly jointGroups: readonly string[];
  /** Plural possessives: "their statement" speaks for the group last quoted. */
  readonly pluralPossessives: readonly string[];
  /** Personal pronouns that stand for the last person named. */
  readonly pronouns: readonly string[];
  /** Those of them that are plural: they stand for an unnamed group, never for one person ("they said"). */
  readonly pluralPronouns: readonly string[];
  /** Head nouns of unnamed speakers ("a senior official", "una fuente"). */
  readonly anonymousHeads: readonly string[];
  /** Determiners that open an unnamed speaker's description ("a", "una", "two", "the" for one named before). */
  readonly indefinites: readonly string[];
  /** Auxiliaries that may stand between a speaker and the verb ("has said", "had argued"). */
  readonly auxiliaries: readonly string[];
  /** Words that open a subordinate clause in which a second report may stand ("…, after Trump said that …", "luego de que X afirmó"). */
  readonly subordinators: readonly string[];
  /** Verbs that report speech only before a complement clause ("informó que"); alone they announce ("informó la detención"). */
  readonly reportVerbs: readonly string[];
  /** Verbs that report a question only before a question word ("asked how many"); "asked X to act" is a request. */
  readonly questionVerbs: readonly string[];
  /** Words that open a complement clause ("that", "que"). */
  readonly complementizers: readonly string[];
  /** Subjects that open a complement clause with no "that" ("announced she would …", "adding he is …"). */
  readonly clauseSubjects: readonly string[];
  /** Words of time that may stand between a verb and its clause or close an attribution ("said on Tuesday that", "dijo este lunes"). */
  readonly timeWords: readonly string[];
  /** Words that open a reported question ("how", "whether", "cómo", "si"). */
  readonly questionWords: readonly string[];
  /** Verbs whose gerund attributes what follows to the sentence's subject (", pledging that …"), besides every speech verb's. */
  readonly participles: readonly string[];
  /**
   * Prepositions before an infinitive that, as a gerund does, give what follows to the sentence's
   * subject ("tras subrayar que …", "al señalar que …"); English writes a gerund there ("after stressing").
   */
  readonly infinitiveOpeners: readonly string[];
  /** Verbs whose participle opens a sentence answering a question ("Asked whether …, X said"). */
  readonly askedOpeners: readonly string[];
  /** Conjunctions that open a second clause of the same sentence ("and", "but", "pero"). */
  readonly coordinators: readonly string[];
  /** Conjunctions that may open a clause before its subject ("But officials say …", "Pero las autoridades …"). */
  readonly clauseOpeners: readonly string[];
  /** Definite articles: "the official" refers back to a speaker already described, "a senior official" does not. */
  readonly definiteArticles: readonly string[];
  /** Kinds of institution that name one before its name ("the research group X", "la organización civil Y"). */
  readonly institutionKinds: readonly string[];
  /** Words that name examples of a group inside an apposition ("critics, including X, say"). */
  readonly inclusions: readonly string[];
  /** Determiners that may open a group's or a document's description ("the", "some", "las"). */
  readonly groupDeterminers: readonly string[];
  /** Head nouns of unnamed groups and institutions that speak ("authorities", "the delegation", "fuentes"). */
  readonly groupHeads: readonly string[];
  /** Head nouns of documents that report, whose author speaks through them ("the indictment", "cifras", "el comunicado"). */
  readonly documentHeads: readonly string[];
  /** Documents an organisation publishes: "the report", "el comunicado" met again speak for the organisation last put forward. */
  readonly publications: readonly string[];
  /** Singular possessives before a publication ("its statement", "su informe"). */
  readonly singularPossessives: readonly string[];
  /** Verbs that report only with a document as subject ("figures show that"): people "show" things without saying them. */
  readonly documentVerbs: readonly string[];
  /** Phrases that give the view of whoever the sentence is about ("in her view", "a su juicio"). */
  readonly opinionFrames: readonly string[];
  /** Prepositions that, opening a sentence before a named speaker and a comma, give that speaker's view ("Para X, …"). */
  readonly viewpoints: readonly string[];
  /** Words before a source phrase that make it mean agreement instead ("está de acuerdo con"). */
  readonly sourceBlockers: readonly string[];
  /** Prepositions that open a circumstance after a speech verb and its speaker ("…, dijo en conferencia", "said in a statement"). */
  readonly circumstances: readonly string[];
  /**
   * Prepositions that open the channel a report came through ("A través de la CNBV, se informó
   * que…"): before an impersonal verb of saying, what they name is who speaks.
   */
  readonly channels: readonly string[];
  /** The marker of an impersonal verb ("se informó que…"): the sentence names no subject. */
  readonly impersonalMarkers: readonly string[];
  /** Relative words that open what a document says ("un informe de la Auditoría en el que se señala que…"). */
  readonly documentRelatives: readonly string[];
  /**
   * Relative pronouns after a noun that may open a report of its own inside the sentence ("the
   * rifles that border agents say they seized", "…, a plan she said he had turned down").
   */
  readonly relativePronouns: readonly string[];
  /** Plural descriptions of speakers that close a sentence ("…, officials from both governments said"). */
  readonly speakerGroups: readonly string[];
  /** Words that, just before a person's name or in their role, say a woman is meant ("Ms.", "la", "presidenta"). */
  readonly feminineMarks: readonly string[];
  /** The same for a man ("Mr.", "el", "presidente"). */
  readonly masculineMarks: readonly string[];
  /** Given names of women, for pronoun agreement where the text gives no other mark. */
  readonly feminineGivenNames: readonly string[];
  /** Endings of given names that are a woman's in this language ("-a": "Claudia", "Rosa"); empty where they say nothing. */
  readonly feminineNameEndings: readonly string[];
  /** Given names that end like a woman's but are a man's ("Luca", "Nicola"). */
  readonly masculineNameExceptions: readonly string[];
  /** Words that name a turn in a transcript ("MODERATOR:", "QUESTION:", "PRESIDENTA:"); a label with one, or with a person's name, opens a turn. */
  readonly turnLabels: readonly string[];
}

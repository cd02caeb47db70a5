/**
 * What one language contributes to the commitments stage: the cues of a promise, the frames that
 * make a sentence an aim, a directive or the content of an agreement, and the words that show a
 * promise-like sentence is a forecast, a threat or history instead. Entries called lemmas are
 * inflected when the stage builds its matchers; the others are matched as written.
 */
export interface CommitmentLexicon {
  /** Modal words whose subject promises the verb after them ("will", "va a"). */
  readonly modals: readonly string[];
  /** Verb lemmas that commit their subject to the words after them ("agree to", "comprometerse a"); every form counts. */
  readonly pledgeLemmas: readonly string[];
  /** Pledge phrases matched as written: forms a lemma would over-generate ("acordaron", not the noun "acuerdo"), nouns ("commitment to"), states ("is committed to"). */
  readonly pledgePhrases: readonly string[];
  /** Phrases that hold a cue but promise nothing ("political will", "busca a" a fugitive): the longest phrase wins, so each silences the cue inside it. */
  readonly notCues: readonly string[];
  /** Cues whose parties are those of the meeting or agreement in view ("was announced, to", "que se reunirá"). */
  readonly passiveCues: readonly string[];
  /** Cues that promise only in reported speech, after a speech verb ("would", "plans to", "not on the table"). */
  readonly reportedCues: readonly string[];
  /** Refusals ("not on the table"): in reported speech they rule out the act named before them, a negative pledge. */
  readonly refusalCues: readonly string[];
  /** Verb lemmas that direct another body to act ("direct", "ordenar"): a directive when a link and a verb follow. */
  readonly directiveLemmas: readonly string[];
  /** Words after a directive's object that lead to the act directed ("to", "que"). */
  readonly directiveLinks: readonly string[];
  /** Nouns of an aim ("goal", "objetivo"); with a copula after them ("the goal … is to") they state an objective. */
  readonly aimNouns: readonly string[];
  /** Copulas that join an aim noun to the act aimed at ("is to", "es"). */
  readonly aimCopulas: readonly string[];
  /** Nouns of a programme or plan ("strategy", "programa"); a purpose clause after them is the programme's objective. */
  readonly programmeNouns: readonly string[];
  /** Definite articles: "the strategy to fight cartels has failed" refers to a known plan to describe it; "a plan to …" announces one. */
  readonly definiteArticles: readonly string[];
  /** Words that open a purpose clause ("to", "para"). */
  readonly purposeLinks: readonly string[];
  /** Endings that mark a verb's infinitive where the language has them ("-ar", "-er", "-ir"): what a frame needs after its link. */
  readonly infinitiveEndings: readonly string[];
  /** Relative pronouns: a pledge cue right after one describes a noun ("a tariff that was scheduled to …"), it does not commit. */
  readonly relativePronouns: readonly string[];
  /** Words before a relative pronoun that make it the object of its clause ("al que busca procesar", "of which"): the clause's subject is someone else. */
  readonly relativeObjectMarkers: readonly string[];
  /** Determiners: after "to" they make it a preposition ("to the border"), not the mark of a verb. */
  readonly determiners: readonly string[];
  /** Nouns of an agreement ("deal", "acuerdo"): before a content verb, what follows is what the parties agreed. */
  readonly agreementNouns: readonly string[];
  /** Verb lemmas that say what an agreement holds ("include", "contemplar"). */
  readonly contentLemmas: readonly string[];
  /** Nouns that, as the subject of a modal, make it a plan rather than a forecast ("the deployment will", "la reunión servirá"). */
  readonly planSubjects: readonly string[];
  /** Words that, opening a sentence, put a condition before its promise ("If confirmed, …"). */
  readonly conditionals: readonly string[];
  /** Endings of a future-tense verb that promises as "will" does (Spanish "-rá", "-rán"); none in English. */
  readonly futureEndings: readonly string[];
  /** Endings of a future verb in the first person ("permitiremos"): inside a quote the speaker promises. */
  readonly firstPersonFutureEndings: readonly string[];
  /** Words that join two parties into one subject ("Mexico and the United States agreed"). */
  readonly coordinators: readonly string[];
  /** Future forms that predict rather than promise ("será"), and verbs that predict after a modal ("will believe", "va a depender"). */
  readonly futureExceptions: readonly string[];
  /** A pronoun that makes a future impersonal ("se llevarán a cabo"): a plan whose parties are those in view. */
  readonly impersonalPronouns: readonly string[];
  /** Verb lemmas of acts that are planned, which an impersonal future promises ("se realizarán reuniones"); others predict ("se agotará"). */
  readonly plannedActLemmas: readonly string[];
  /** Modals of advice or need before a pledge verb: "should commit to" prescribes, it does not commit. */
  readonly adviceModals: readonly string[];
  /** Verbs of being: after a modal they promise only in the passive or with a number ("will be deployed", "will be 1,900 troops"). */
  readonly copulaVerbs: readonly string[];
  /** Endings of a participle, which makes a copula passive ("deployed", "taken"). */
  readonly participleEndings: readonly string[];
  /** Words that may stand between a party and its modal cue ("Mexico also will", "México no aceptará"). */
  readonly modalGap: readonly string[];
  /** Group subjects ("both governments") that stand for every party of the event in view. */
  readonly groupSubjects: readonly string[];
  /** First-person pronouns, which inside a quote stand for its speaker. */
  readonly firstPerson: readonly string[];
  /** Phrases that make a sentence history rather than a promise ("during the campaign"). */
  readonly historyMarkers: readonly string[];
  /** Words of force and punishment: promised without a negation, they make a threat ("attack", "impose"). */
  readonly threatWords: readonly string[];
  /** Words that negate a promise ("not", "no"): a negated threat is a pledge ("will not impose tariffs"). */
  readonly negations: readonly string[];
  /** Nouns of talk: an action that opens with one only announces that someone will speak ("a press conference"). */
  readonly talkNouns: readonly string[];
}

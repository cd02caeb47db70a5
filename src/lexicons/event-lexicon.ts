import type { PloverType } from '../core/index.js';

/** Words that signal one PLOVER event type (and mode) in one language. */
export interface EventTrigger {
  readonly type: PloverType;
  readonly mode: string | null;
  /** Lower-case words or phrases as written: fixed phrases, and forms no lemma should make for all. */
  readonly words: readonly string[];
  /**
   * Verbs, or phrases that open with a verb ("hand over", "reunirse", "hablar por teléfono"), every form of
   * which signals the event (see pipeline/common/inflection.ts): finite forms as words, a Spanish
   * participle as a participle, a future or conditional form with its timing. An English base form and
   * a Spanish infinitive or gerund are left out: they name the act ("an arrest", "para detener") more
   * often than they report it.
   */
  readonly lemmas?: readonly string[];
  /** Nouns ("meeting", "agreement") name an event without saying who acted; they need an actor nearby. */
  readonly nouns?: readonly string[];
  /**
   * Participles ("creado", "detenidas") describe as often as they report ("las armas aseguradas"): they
   * count after an auxiliary ("fueron detenidas", "ha extraditado") or with a date or agent right after
   * them ("creado el 3 de septiembre por …").
   */
  readonly participles?: readonly string[];
  /**
   * Words that report this event only when a date stands right beside them ("said Monday", "dijo el
   * jueves"): a speech verb is a quote, but a dated one is a statement the text reports as an event.
   */
  readonly dated?: readonly string[];
  /**
   * Words of which one must follow the trigger closely for it to count: "sent" is a custody transfer
   * only when people in custody are sent ("sent 40 prisoners"), not letters or troops.
   */
  readonly objects?: readonly string[];
  /**
   * Words that, standing as the trigger's object right after it or as the noun it completes right before
   * it, make it no event of this type: "released a statement" is no retreat, "the order that the
   * president signed" no agreement.
   */
  readonly unlessObjects?: readonly string[];
  /**
   * Words that, right after the trigger, open what someone holds true ("experts agree that cartels
   * …"): the trigger is then a shared view, no event, unless that clause tells a plan or a future
   * ("agreed that the group will meet monthly").
   */
  readonly viewAfter?: readonly string[];
  /**
   * Whether what follows the trigger in its clause is what is threatened, asked for or agreed to, not
   * something that happened ("threatened to impose tariffs", "agreed to organize a meeting", "insistió en
   * la detención de"): true for threats, requests and pledges, not for signing or creating.
   */
  readonly governs?: boolean;
}

/** Everything a language contributes to the events and commitments stages. */
export interface EventLexicon {
  readonly triggers: readonly EventTrigger[];
  /**
   * Phrases that hold a trigger word but name no event ("de acuerdo con" is "according to", "asegurar
   * que" is "to say that"). The longest phrase wins, so listing one here silences the trigger inside it.
   * A phrase that opens with a verb is inflected like a lemma ("asegurar que" also silences "aseguró que").
   */
  readonly notTriggers: readonly string[];
  /** PLOVER contexts and the topic words that put a sentence in them. */
  readonly contexts: Readonly<Record<string, readonly string[]>>;
  /**
   * Prepositions after which a noun and a bare past form describe the noun ("figures on drugs seized,
   * weapons traced"): the form is then no report of an event, when nothing it acts on follows it.
   */
  readonly describingPrepositions: readonly string[];
  /** Conjunctions that, right after a bare past form, go on with a list ("traced and"): "protested at the border" is no list. */
  readonly phraseEnds: readonly string[];
  /** Words before a trigger that change its timing. */
  readonly timing: {
    readonly future: readonly string[];
    readonly negated: readonly string[];
    readonly hypothetical: readonly string[];
    readonly ongoing: readonly string[];
  };
  /** Words that open a span of time: a date after them says since when, not when an event happened. */
  readonly spanOpeners: readonly string[];
  /**
   * Phrases that date an event by its distance from the day named before them, in days: "two days
   * after" is -2 ("X on Thursday, two days after Y" puts Y on Tuesday), "a day before" is +1.
   */
  readonly dayOffsets: Readonly<Record<string, number>>;
  /** Determiners that make a trigger noun point back to an event already told ("the meeting", "la reunión"). */
  readonly definites: readonly string[];
  /** Auxiliaries right before a verb trigger that make it passive ("was announced", "fue creado"). */
  readonly passiveAuxiliaries: readonly string[];
  /** Pronouns that make the verb after them passive ("se detuvo", "se aseguraron"), as "was" does for a participle. */
  readonly reflexivePassives: readonly string[];
  /** Auxiliaries that make a participle trigger report an event ("fueron", "ha"). */
  readonly auxiliaries: readonly string[];
  /** Words that introduce the agent of a passive ("by", "por"). */
  readonly agentMarkers: readonly string[];
  /** Pronouns that, opening a sentence, stand for the person the sentence before named first. */
  readonly subjectPronouns: readonly string[];
  /** Demonyms and the country (ISO 3166-1 alpha-3) they stand for, so "Mexican marines" act for Mexico. */
  readonly demonyms: Readonly<Record<string, string>>;
  /** Nouns for a state's agents or side ("authorities", "marines", "autoridades", "parte") that a demonym ties to a country. */
  readonly agentNouns: readonly string[];
  /** Group subjects ("both governments") that stand for every party of the event in view. */
  readonly groupSubjects: readonly string[];
  /** First-person pronouns, which inside a quote stand for its speaker. */
  readonly firstPerson: readonly string[];
  /**
   * What leads to the place of an event ("in the Pacific port of Manzanillo", "en el puerto de"):
   * prepositions of place, the articles that may follow them, and the words that join a place noun
   * to its name.
   */
  readonly placePrepositions: readonly string[];
  readonly placeArticles: readonly string[];
  readonly placeLinks: readonly string[];
  /**
   * Words that tell a further act of the kind just told ("en otra acción", "in a separate operation"): an event
   * whose sentence holds one before its trigger is a new one, not the earlier told again.
   */
  readonly anotherAct: readonly string[];
  /**
   * Endings of verbs whose subject the language may leave out and that then stand for the parties in view
   * ("Además, priorizaron …": the delegations of the meeting told before); empty where subjects are written.
   */
  readonly elidedSubjectEndings: readonly string[];
  /**
   * Whether a clause names its subject (English) rather than leaving it to the verb (Spanish): then a
   * reported clause opening on a bare noun ("said fentanyl killed …") tells what that thing did.
   */
  readonly subjectsNamed: boolean;
  /** Phrases right before a Spanish infinitive that make it report a past act ("acaba de hablar con"). */
  readonly justDone: readonly string[];
  /** Words that open a relative clause after a comma ("…, who", "…, cuya"): a date after one belongs to that clause, not to the trigger before it. */
  readonly relativeOpeners: readonly string[];
  /**
   * Words that open a clause of time telling what came before ("after", "tras", "luego de"): an event told
   * in one is background, an event of its own only when the clause dates it, and its date is never carried on.
   */
  readonly backgroundOpeners: readonly string[];
  /** Words that end the complement of a threat, agreement or request ("but", "pero"); with the background openers. */
  readonly clauseBreaks: readonly string[];
  /** Prepositions that make the noun after them the topic of talk, not an event ("talked about cooperation", "hablar sobre"). */
  readonly topicMarkers: readonly string[];
  /** Quantifiers that turn the verb form after them into a noun ("several extradited", "varios detenidos"). */
  readonly quantifiers: readonly string[];
  /** Words that make the noun after them a kind of act, not one that happened ("this kind of seizure", "este tipo de hallazgos"). */
  readonly kindWords: readonly string[];
}

/** Every "<number> <unit> <direction>" phrase with its offset in days ("two days after" → -2). */
export function dayOffsets(
  numbers: Readonly<Record<string, number>>,
  units: Readonly<Record<string, number>>,
  directions: Readonly<Record<string, number>>,
): Record<string, number> {
  const phrases: Record<string, number> = {};
  for (const [number, n] of Object.entries(numbers)) {
    for (const [unit, days] of Object.entries(units)) {
      // "a days after" is not English, nor "dos día después" Spanish: the unit agrees with the number.
      if ((n === 1) !== !unit.endsWith('s')) continue;
      for (const [direction, sign] of Object.entries(directions))
        phrases[`${number} ${unit} ${direction}`] = n * days * sign;
    }
  }
  return phrases;
}

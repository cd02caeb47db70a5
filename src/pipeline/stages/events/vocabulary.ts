import type { EventTrigger } from '../../../lexicons/index.js';
import { eventLexicons, lexiconLanguage, speechLexicons } from '../../../lexicons/index.js';
import { PhraseMatcher } from '../../common/phrase-matcher.js';

/** A trigger phrase with what it signals and whether it is a noun (which needs an actor nearby). */
export interface TriggerValue {
  readonly trigger: EventTrigger;
  readonly noun: boolean;
  /** A participle, which reports an event only after an auxiliary or with a date or agent right after it. */
  readonly participle: boolean;
  /** A word that reports the event only with a date right beside it ("said Monday"). */
  readonly dated: boolean;
  /** What must follow the trigger closely for it to count, tested on the words right after it; null when anything may. */
  readonly objects: RegExp | null;
}

/**
 * What one pass over a sentence marks: a trigger, a distance in days ("a day after"), a demonym
 * ("Mexican") with its country, or `null` for a phrase that silences a trigger ("de acuerdo con").
 */
export type Mark = TriggerValue | { readonly days: number } | { readonly demonym: string } | null;

/** The matchers one language needs, built once. */
export interface EventVocabulary {
  /** Everything a sentence is scanned for, in one pass: see `Mark`. */
  readonly marks: PhraseMatcher<Mark>;
  readonly contexts: PhraseMatcher<string>;
  readonly future: PhraseMatcher<true>;
  readonly negated: PhraseMatcher<true>;
  readonly hypothetical: PhraseMatcher<true>;
  readonly ongoing: PhraseMatcher<true>;
  readonly firstPerson: PhraseMatcher<true>;
  readonly groupSubjects: PhraseMatcher<true>;
  readonly spanOpeners: PhraseMatcher<true>;
  readonly agentMarkers: PhraseMatcher<true>;
  /** Speech verbs ("said", "dijo"), which with a complementizer after them open a reported clause. */
  readonly speechVerbs: PhraseMatcher<true>;
  /** A complementizer ("that", "que") within a few words, tested on the text right after a speech verb; its end is the reported clause's start. */
  readonly complementAfter: RegExp;
  /** A comma and a relative pronoun ("…, who"), tested on the text between a trigger and a date after it. */
  readonly relativeBetween: RegExp;
  readonly backgroundOpeners: PhraseMatcher<true>;
  readonly clauseBreaks: PhraseMatcher<true>;
  /** Ends with a topic preposition and perhaps an article ("about the "), tested on the text right before a trigger noun. */
  readonly topicBefore: RegExp;
  /** Ends with a quantifier ("several "), tested on the text right before a verb trigger. */
  readonly quantifierBefore: RegExp;
  /** Ends with a passive auxiliary ("… was "), tested on the text right before a trigger. */
  readonly passiveBefore: RegExp;
  /** Ends with an auxiliary ("… fueron "), tested on the text right before a participle. */
  readonly auxiliaryBefore: RegExp;
  /** Ends with a definite determiner ("… the "), tested on the text right before a trigger noun. */
  readonly definiteBefore: RegExp;
  /** Opens with a subject pronoun ("She asked …"). */
  readonly pronounOpening: RegExp;
  /** An agent noun after a demonym ("[federal] court"), tested on the text right after it. */
  readonly agentAfter: RegExp;
  /** An agent noun before a demonym ("autoridades [federales]"), tested on the text right before it. */
  readonly agentBefore: RegExp;
  /** Ends with a preposition of place and at most a few words ("in the Pacific port of "), tested on the text right before a place. */
  readonly placePrepositionBefore: RegExp;
}

const cache = new Map<string, EventVocabulary>();
const flag = (words: readonly string[]) => new PhraseMatcher(words.map((w) => [w, true as const] as const));
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Either language's prepositions of place: reporting names places as the source wrote them ("in the Zócalo", "en El Paso"). */
function placePrepositionBefore(): RegExp {
  const all = Object.values(eventLexicons);
  const pick = (f: (l: (typeof all)[number]) => readonly string[]) => alternatives(all.flatMap(f));
  return new RegExp(`\\b(?:${pick((l) => l.placePrepositions)})\\s+(?:(?:${pick((l) => l.placeArticles)})\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:(?:${pick((l) => l.placeLinks)})\\s+)?$`, 'iu');
}

/** The event vocabulary for a document language (English for anything but Spanish). */
export function eventVocabulary(language: string): EventVocabulary {
  const key = lexiconLanguage(language);
  let vocabulary = cache.get(key);
  if (!vocabulary) {
    const lexicon = eventLexicons[key];
    const agents = alternatives(lexicon.agentNouns);
    vocabulary = {
      marks: new PhraseMatcher<Mark>([
        ...lexicon.triggers.flatMap((trigger) => {
          const objects = trigger.objects?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(trigger.objects)})(?![\\p{L}])`, 'iu') : null;
          const mark = (noun: boolean, participle: boolean, dated: boolean) => ({ trigger, noun, participle, dated, objects });
          return [
            ...trigger.words.map((w) => [w, mark(false, false, false)] as const),
            ...(trigger.nouns ?? []).map((w) => [w, mark(true, false, false)] as const),
            ...(trigger.participles ?? []).map((w) => [w, mark(false, true, false)] as const),
            ...(trigger.dated ?? []).map((w) => [w, mark(false, false, true)] as const),
          ];
        }),
        ...lexicon.notTriggers.map((w) => [w, null] as const),
        ...Object.entries(lexicon.dayOffsets).map(([w, days]) => [w, { days }] as const),
        ...Object.entries(lexicon.demonyms).map(([w, demonym]) => [w, { demonym }] as const),
      ]),
      contexts: new PhraseMatcher(Object.entries(lexicon.contexts).flatMap(([context, words]) => words.map((w) => [w, context] as const))),
      future: flag(lexicon.timing.future),
      negated: flag(lexicon.timing.negated),
      hypothetical: flag(lexicon.timing.hypothetical),
      ongoing: flag(lexicon.timing.ongoing),
      firstPerson: flag(lexicon.firstPerson),
      groupSubjects: flag(lexicon.groupSubjects),
      spanOpeners: flag(lexicon.spanOpeners),
      agentMarkers: flag(lexicon.agentMarkers),
      passiveBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(lexicon.passiveAuxiliaries)})\\s+$`, 'iu'),
      auxiliaryBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(lexicon.auxiliaries)})\\s+$`, 'iu'),
      definiteBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(lexicon.definites)})\\s+$`, 'iu'),
      pronounOpening: new RegExp(`^[\\s"“«—-]*(?:${alternatives(lexicon.subjectPronouns)})(?![\\p{L}])`, 'iu'),
      agentAfter: new RegExp(`^(?:\\s+\\p{Ll}+)?\\s+(?:${agents})(?![\\p{L}])`, 'iu'),
      agentBefore: new RegExp(`(?:^|[^\\p{L}])(?:${agents})(?:\\s+\\p{Ll}+)?\\s+$`, 'iu'),
      placePrepositionBefore: placePrepositionBefore(),
      speechVerbs: flag(speechLexicons[key].verbs),
      complementAfter: new RegExp(`^[^.;:"“”«»]{0,40}?(?:^|[^\\p{L}])(?:${alternatives(speechLexicons[key].complementizers)})(?![\\p{L}])`, 'iu'),
      relativeBetween: new RegExp(`,\\s*(?:${alternatives(lexicon.relativeOpeners)})(?![\\p{L}])`, 'iu'),
      backgroundOpeners: flag(lexicon.backgroundOpeners),
      clauseBreaks: flag(lexicon.clauseBreaks),
      topicBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(lexicon.topicMarkers)})\\s+(?:(?:${alternatives(lexicon.definites)})\\s+)?(?:\\p{Ll}+\\s+)?$`, 'iu'),
      quantifierBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(lexicon.quantifiers)})\\s+$`, 'iu'),
    };
    cache.set(key, vocabulary);
  }
  return vocabulary;
}

import type { EventTrigger } from '../../../lexicons/index.js';
import { eventLexicons, lexiconLanguage } from '../../../lexicons/index.js';
import { PhraseMatcher } from '../../common/phrase-matcher.js';

/** A trigger phrase with what it signals and whether it is a noun (which needs an actor nearby). */
export interface TriggerValue {
  readonly trigger: EventTrigger;
  readonly noun: boolean;
}

/** The matchers one language needs, built once. */
export interface EventVocabulary {
  readonly triggers: PhraseMatcher<TriggerValue>;
  readonly contexts: PhraseMatcher<string>;
  readonly future: PhraseMatcher<true>;
  readonly negated: PhraseMatcher<true>;
  readonly hypothetical: PhraseMatcher<true>;
  readonly ongoing: PhraseMatcher<true>;
  readonly firstPerson: PhraseMatcher<true>;
  readonly groupSubjects: PhraseMatcher<true>;
}

const cache = new Map<string, EventVocabulary>();
const flag = (words: readonly string[]) => new PhraseMatcher(words.map((w) => [w, true as const] as const));

/** The event vocabulary for a document language (English for anything but Spanish). */
export function eventVocabulary(language: string): EventVocabulary {
  const key = lexiconLanguage(language);
  let vocabulary = cache.get(key);
  if (!vocabulary) {
    const lexicon = eventLexicons[key];
    vocabulary = {
      triggers: new PhraseMatcher<TriggerValue>(
        lexicon.triggers.flatMap((trigger) => [
          ...trigger.words.map((w) => [w, { trigger, noun: false }] as const),
          ...(trigger.nouns ?? []).map((w) => [w, { trigger, noun: true }] as const),
        ]),
      ),
      contexts: new PhraseMatcher(Object.entries(lexicon.contexts).flatMap(([context, words]) => words.map((w) => [w, context] as const))),
      future: flag(lexicon.timing.future),
      negated: flag(lexicon.timing.negated),
      hypothetical: flag(lexicon.timing.hypothetical),
      ongoing: flag(lexicon.timing.ongoing),
      firstPerson: flag(lexicon.firstPerson),
      groupSubjects: flag(lexicon.groupSubjects),
    };
    cache.set(key, vocabulary);
  }
  return vocabulary;
}

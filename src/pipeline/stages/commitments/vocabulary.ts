import {
  commitmentLexicons,
  lexiconLanguage,
  speechLexicons,
  type CommitmentLexicon,
  type LexiconLanguage,
} from '../../../lexicons/index.js';
import { allWordForms } from '../../common/inflection.js';
import { flagMatcher, PhraseMatcher } from '../../common/phrase-matcher.js';
import { alternation, WORD_END } from '../../common/patterns.js';

/**
 * How a cue finds its parties and what it needs to promise: a party right before it (modal, future),
 * the event in view (passive), the subject before it (verb), a speech verb before it (reported), a
 * link and a verb after it (directive), a copula after it (aim), a purpose clause after it (purpose),
 * an agreement named before it (content), the act named before it (refusal: "not on the table"). `null` marks a phrase that silences the cue inside it.
 */
export type CueKind =
  'modal' | 'future' | 'passive' | 'verb' | 'reported' | 'refusal' | 'directive' | 'aim' | 'purpose' | 'content';

/** The matchers of one language, built once. */
export interface CommitmentVocabulary {
  readonly language: LexiconLanguage;
  readonly cues: PhraseMatcher<CueKind | null>;
  readonly speechVerbs: PhraseMatcher<true>;
  readonly futureEndings: readonly string[];
  readonly futureExceptions: ReadonlySet<string>;
  readonly firstPersonFutureEndings: readonly string[];
  /** "A, B and C": what may stand between two parties of one subject. */
  readonly coordination: RegExp;
  /** Every form of the directive verbs: a directive noun followed by one ("the order directs") is not the directive. */
  readonly directiveForms: ReadonlySet<string>;
  readonly impersonalPronouns: ReadonlySet<string>;
  /** Every form of the planned acts' verbs, the first word of a multiword one ("llevarán" of "llevar a cabo"). */
  readonly plannedActs: ReadonlySet<string>;
  readonly adviceModals: PhraseMatcher<true>;
  readonly planSubjects: ReadonlySet<string>;
  readonly agreementNouns: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  readonly directiveLinks: ReadonlySet<string>;
  readonly purposeLinks: ReadonlySet<string>;
  readonly definiteArticles: ReadonlySet<string>;
  readonly infinitiveEndings: readonly string[];
  readonly copulaVerbs: ReadonlySet<string>;
  readonly participleEndings: readonly string[];
  readonly determiners: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly relativeObjectMarkers: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  /** Copulas as word sequences ("is to" → ["is", "to"]). */
  readonly aimCopulas: readonly (readonly string[])[];
  readonly groupSubjects: PhraseMatcher<true>;
  readonly firstPerson: PhraseMatcher<true>;
  readonly historyMarkers: PhraseMatcher<true>;
  readonly threatWords: PhraseMatcher<true>;
  readonly talkNouns: PhraseMatcher<true>;
  /** Opens with a condition ("If …", "Si …"). */
  readonly conditionalOpening: RegExp;
  /** Words allowed between a party and its modal cue, as a pattern over that gap. */
  readonly modalGap: RegExp;
}

const cache = new Map<LexiconLanguage, CommitmentVocabulary>();

/** "agreed to" is also written with the quoted words after it: `agreed “to continue …”`. */
function withOpeningQuotes(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => (/ to$/.test(p) ? [p, p.replace(/ to$/, ' “to'), p.replace(/ to$/, ' "to')] : [p]));
}

/** The commitment vocabulary for a document language (English for anything but Spanish). */
export function commitmentVocabulary(code: string): CommitmentVocabulary {
  const language = lexiconLanguage(code);
  let vocabulary = cache.get(language);
  if (!vocabulary) vocabulary = build(language, commitmentLexicons[language]);
  cache.set(language, vocabulary);
  return vocabulary;
}

function build(language: LexiconLanguage, lexicon: CommitmentLexicon): CommitmentVocabulary {
  const forms = (lemmas: readonly string[]) => allWordForms(lemmas, language);
  const tagged = (words: readonly string[], kind: CueKind | null) => words.map((w) => [w, kind] as const);
  const gap = lexicon.modalGap.length ? `(?:(?:${alternation(lexicon.modalGap)})\\s+)*` : '';
  return {
    language,
    cues: new PhraseMatcher<CueKind | null>([
      // Silencers first: the matcher keeps the first entry of a phrase listed twice.
      ...tagged(lexicon.notCues, null),
      ...tagged(lexicon.modals, 'modal'),
      ...tagged(lexicon.passiveCues, 'passive'),
      ...tagged(lexicon.reportedCues, 'reported'),
      ...tagged(lexicon.refusalCues, 'refusal'),
      ...tagged(withOpeningQuotes([...forms(lexicon.pledgeLemmas), ...lexicon.pledgePhrases]), 'verb'),
      ...tagged(forms(lexicon.directiveLemmas), 'directive'),
      ...tagged(forms(lexicon.contentLemmas), 'content'),
      ...tagged(lexicon.aimNouns, 'aim'),
      ...tagged(forms(lexicon.programmeNouns), 'purpose'),
    ]),
    speechVerbs: flagMatcher(speechLexicons[language].verbs),
    futureEndings: lexicon.futureEndings,
    futureExceptions: new Set(lexicon.futureExceptions),
    firstPersonFutureEndings: lexicon.firstPersonFutureEndings,
    coordination: new RegExp(
      `^\\s*(?:,\\s*(?:(?:${alternation(lexicon.coordinators)})\\s+)?|(?:${alternation(lexicon.coordinators)})\\s+)(?:\\p{Ll}+\\s+){0,2}$`,
      'u',
    ),
    directiveForms: new Set(forms(lexicon.directiveLemmas)),
    impersonalPronouns: new Set(lexicon.impersonalPronouns),
    plannedActs: new Set(forms(lexicon.plannedActLemmas).map((form) => form.split(' ')[0]!)),
    adviceModals: flagMatcher(lexicon.adviceModals),
    planSubjects: new Set(forms(lexicon.planSubjects)),
    agreementNouns: new Set(forms(lexicon.agreementNouns)),
    negations: new Set(lexicon.negations),
    questionWords: new Set(speechLexicons[language].questionWords),
    directiveLinks: new Set(lexicon.directiveLinks),
    purposeLinks: new Set(lexicon.purposeLinks),
    definiteArticles: new Set(lexicon.definiteArticles),
    infinitiveEndings: lexicon.infinitiveEndings,
    copulaVerbs: new Set(lexicon.copulaVerbs),
    participleEndings: lexicon.participleEndings,
    determiners: new Set(lexicon.determiners),
    relativePronouns: new Set(lexicon.relativePronouns),
    relativeObjectMarkers: new Set(lexicon.relativeObjectMarkers),
    complementizers: new Set(speechLexicons[language].complementizers),
    aimCopulas: lexicon.aimCopulas.map((c) => c.split(' ')),
    groupSubjects: flagMatcher(lexicon.groupSubjects),
    firstPerson: flagMatcher(lexicon.firstPerson),
    historyMarkers: flagMatcher(lexicon.historyMarkers),
    threatWords: flagMatcher(lexicon.threatWords),
    talkNouns: flagMatcher(lexicon.talkNouns),
    conditionalOpening: new RegExp(`^[\\s"“«—-]*(?:${alternation(lexicon.conditionals)})${WORD_END}`, 'iu'),
    modalGap: new RegExp(`^[\\s,]*${gap}$`, 'iu'),
  };
}

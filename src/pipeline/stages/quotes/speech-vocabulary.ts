/**
 * The speech lexicons' lemmas made into the forms reporting writes, each with the kinds of cue it
 * is, in one phrase matcher: a document's cues are then found in one pass over its words.
 * English: every form of a verb; its -ing form is a participle (", adding that …"). Spanish: the
 * finite forms, the gerund as a participle, and the participle only after an auxiliary ("ha dicho"),
 * since alone it names ("el llamado grupo", "señalado como"); the first person of the present and the
 * present subjunctive of verbs in -ar are left out, as reporting writes them as nouns ("el anuncio",
 * "el informe").
 */
import { wordForms } from '../../common/inflection.js';
import { PhraseMatcher } from '../../common/phrase-matcher.js';
import { speechLexicons, type LexiconLanguage, type SpeechLexicon } from '../../../lexicons/index.js';

/** Kinds of speech cue, as flags. */
export const Cue = {
  /** A verb that attributes speech: a plain speech verb, a report verb or a question verb. */
  verb: 1,
  source: 2,
  document: 4,
  participle: 8,
  opinion: 16,
  head: 32,
  /** A promise verb: even a short fragment after it is a quote ("vowed “…”"). */
  fragment: 64,
  /** A verb that reports only after an adverb ("reportedly outlined"). */
  reported: 128,
  /** A plain speech verb, which makes a short fragment a quote as a promise verb does. */
  plain: 256,
} as const;

/** The forms of the speech lexicons' lemmas, by kind. */
export interface SpeechVocabulary {
  /** Every cue phrase (verb forms, gerunds, source phrases, opinion frames) with its `Cue` flags. */
  readonly cues: PhraseMatcher<number>;
  /** The lemma of each verb form ("dijo" → "decir"). */
  readonly lemmaOf: ReadonlyMap<string, string>;
  /** Forms of verbs that report only before a complement clause ("informó que"). */
  readonly reportForms: ReadonlySet<string>;
  /** Forms of verbs that report a question only before a question word ("asked how"). */
  readonly questionForms: ReadonlySet<string>;
  /** Forms of the verbs whose participle opens an answer ("Asked whether …", "Consultada sobre …"). */
  readonly askedForms: readonly string[];
}

/** A lemma's forms by what they do in a sentence. */
interface VerbParts {
  readonly finite: readonly string[];
  readonly gerunds: readonly string[];
  /** Past participles, in every gender and number. */
  readonly participles: readonly string[];
}

const PRONOUNS = new Set(['se', 'me', 'te', 'nos', 'os']);

/** The inflected word of a form: its first word, or its second after a clitic ("se comprometió"). */
function verbWordOf(form: string): string {
  const words = form.split(' ');
  return words.length > 1 && PRONOUNS.has(words[0]!) ? words[1]! : words[0]!;
}

function englishParts(lemma: string): VerbParts {
  const head = lemma.split(' ')[0]!;
  const forms = wordForms(lemma, 'en');
  const gerunds = forms.filter((f) => verbWordOf(f).endsWith('ing') && verbWordOf(f) !== head);
  const finite = forms.filter((f) => !gerunds.includes(f));
  return {
    finite,
    gerunds,
    participles: finite.filter((f) => verbWordOf(f).endsWith('ed') || verbWordOf(f).endsWith('en')),
  };
}

function spanishParts(lemma: string): VerbParts {
  const forms = wordForms(lemma, 'es');
  const infinitive = verbWordOf(lemma.replace(/se(?= |$)/u, '')).replace(/se$/u, '');
  const stem = infinitive.slice(0, -2);
  const words = new Set(forms.map(verbWordOf));
  // A participle comes in both genders and numbers ("dicho", "dicha", "dichos", "dichas"); no other form does.
  const participleWords = new Set<string>();
  for (const w of words) {
    if (w.endsWith('o') && words.has(`${w.slice(0, -1)}a`) && words.has(`${w}s`) && words.has(`${w.slice(0, -1)}as`)) {
      for (const p of [w, `${w.slice(0, -1)}a`, `${w}s`, `${w.slice(0, -1)}as`]) participleWords.add(p);
    }
  }
  const isGerund = (w: string) => /ndo(?:se)?$/u.test(w);
  const asNoun = (w: string) =>
    w === `${stem}o` ||
    (infinitive.endsWith('ar') && /(?:e|es|en|emos|éis)$/u.test(w) && w.startsWith(stem.slice(0, -1)));
  const finite = forms.filter((f) => {
    const w = verbWordOf(f);
    return !isGerund(w) && !participleWords.has(w) && w !== infinitive && !w.endsWith('rse') && !asNoun(w);
  });
  return {
    finite,
    gerunds: forms.filter((f) => isGerund(verbWordOf(f))),
    participles: forms.filter((f) => participleWords.has(verbWordOf(f))),
  };
}

const partsOf = (lemma: string, language: LexiconLanguage): VerbParts =>
  language === 'es' ? spanishParts(lemma) : englishParts(lemma);

let built: SpeechVocabulary | null = null;

/** The vocabulary of every language's speech lexicon: reporting mixes them. */
export function speechVocabulary(): SpeechVocabulary {
  if (built) return built;
  const flags = new Map<string, number>();
  const lemmaOf = new Map<string, string>();
  const reportForms = new Set<string>();
  const questionForms = new Set<string>();
  const askedForms: string[] = [];
  const add = (phrase: string, kind: number) => {
    const key = phrase.toLowerCase().replace(/\s+/gu, ' ');
    flags.set(key, (flags.get(key) ?? 0) | kind);
  };
  for (const [language, lexicon] of Object.entries(speechLexicons) as Array<[LexiconLanguage, SpeechLexicon]>) {
    const nouns = new Set(lexicon.nounForms);
    const verbs = (lemmas: readonly string[], finiteKind: number, onForm?: (form: string) => void) => {
      for (const lemma of lemmas) {
        const parts = partsOf(lemma, language);
        // A compound tense: "ha dicho", "habían advertido"; the participle alone does not report.
        const compound = lexicon.perfectAuxiliaries.flatMap((aux) =>
          parts.participles.filter((p) => /o$/u.test(verbWordOf(p))).map((p) => `${aux} ${p}`),
        );
        for (const form of [...parts.finite, ...compound]) {
          if (nouns.has(form)) continue;
          add(form, finiteKind);
          lemmaOf.set(form, lemma);
          onForm?.(form);
        }
        for (const gerund of parts.gerunds) {
          add(gerund, Cue.participle | (finiteKind & Cue.fragment));
          lemmaOf.set(gerund, lemma);
        }
        // "Tras subrayar que": the infinitive after such a preposition reports as the gerund does.
        for (const opener of lexicon.infinitiveOpeners) {
          const form = `${opener} ${lemma}`;
          add(form, Cue.participle | (finiteKind & Cue.fragment));
          lemmaOf.set(form, lemma);
        }
      }
    };
    verbs(lexicon.verbLemmas, Cue.verb | Cue.plain);
    verbs(lexicon.reportVerbs, Cue.verb, (form) => reportForms.add(form));
    verbs(lexicon.questionVerbs, Cue.verb, (form) => questionForms.add(form));
    verbs(lexicon.fragmentCues, Cue.fragment);
    verbs(lexicon.reportedVerbs, Cue.reported);
    for (const lemma of lexicon.participles)
      for (const gerund of partsOf(lemma, language).gerunds) add(gerund, Cue.participle);
    for (const lemma of lexicon.documentVerbs)
      for (const form of partsOf(lemma, language).finite) if (!nouns.has(form)) add(form, Cue.document);
    for (const lemma of lexicon.askedOpeners)
      askedForms.push(...partsOf(lemma, language).participles.filter((p) => !p.includes(' ')));
    for (const phrase of lexicon.sources) add(phrase, Cue.source);
    for (const phrase of lexicon.opinionFrames) add(phrase, Cue.opinion);
  }
  built = { cues: new PhraseMatcher(flags), lemmaOf, reportForms, questionForms, askedForms: [...new Set(askedForms)] };
  return built;
}

import type { FurnitureLexicon } from './furniture-lexicon.js';
import { furniture as enFurniture } from './en/furniture.js';
import { furniture as esFurniture } from './es/furniture.js';
import * as enAbbreviations from './en/abbreviations.js';
import * as esAbbreviations from './es/abbreviations.js';
import { events as enEvents } from './en/events.js';
import { events as esEvents } from './es/events.js';
import type { EventLexicon } from './event-lexicon.js';
import type { DateLexicon } from './date-lexicon.js';
import { dates as enDates } from './en/dates.js';
import { dates as esDates } from './es/dates.js';
import { stopwords as enStopwords } from './en/stopwords.js';
import { stopwords as esStopwords } from './es/stopwords.js';

export type { FurnitureLexicon } from './furniture-lexicon.js';

/** Languages with their own lexicons. */
export type LexiconLanguage = 'en' | 'es';

/** Furniture lexicons per language; pages mix languages in their chrome, so rules consult all of them. */
export const furnitureLexicons: Readonly<Record<LexiconLanguage, FurnitureLexicon>> = {
  en: enFurniture,
  es: esFurniture,
};

/** Abbreviations that end with a period but not a sentence, and the words that do open one. */
export interface AbbreviationLexicon {
  readonly abbreviations: readonly string[];
  readonly sentenceStarters: readonly string[];
}

/** Abbreviation lexicons per language. */
export const abbreviationLexicons: Readonly<Record<LexiconLanguage, AbbreviationLexicon>> = {
  en: enAbbreviations,
  es: esAbbreviations,
};

/** The lexicon language for an ISO 639-1 code: Spanish for `es`, English otherwise. */
export function lexiconLanguage(code: string): LexiconLanguage {
  return code === 'es' ? 'es' : 'en';
}

/** Date lexicons per language. */
export const dateLexicons: Readonly<Record<LexiconLanguage, DateLexicon>> = { en: enDates, es: esDates };
export type { DateLexicon } from './date-lexicon.js';

/** Function words of every language, for term matching across English and Spanish reporting. */
export const stopwords: ReadonlySet<string> = new Set([...enStopwords, ...esStopwords]);

export type { EventLexicon, EventTrigger } from './event-lexicon.js';

/** Event and commitment vocabulary per language. */
export const eventLexicons: Readonly<Record<LexiconLanguage, EventLexicon>> = { en: enEvents, es: esEvents };

export type { NameLexicon, RoleTitle } from './name-lexicon.js';
import type { NameLexicon } from './name-lexicon.js';
import { names as enNames } from './en/names.js';
import { names as esNames } from './es/names.js';

/** Name lexicons per language; titles and connectors of both apply to every document, as reporting mixes them. */
export const nameLexicons: Readonly<Record<LexiconLanguage, NameLexicon>> = { en: enNames, es: esNames };
export { knownActors, knownTerms } from './actors.js';
export { countryNames, countryName } from './countries.js';

export type { SpeechLexicon } from './speech-lexicon.js';
import type { SpeechLexicon } from './speech-lexicon.js';
import { speech as enSpeech } from './en/speech.js';
import { speech as esSpeech } from './es/speech.js';

/** Speech attribution per language. */
export const speechLexicons: Readonly<Record<LexiconLanguage, SpeechLexicon>> = { en: enSpeech, es: esSpeech };
export { roleEquivalents } from './role-equivalents.js';

export type { CommitmentLexicon } from './commitment-lexicon.js';
import type { CommitmentLexicon } from './commitment-lexicon.js';
import { commitments as enCommitments } from './en/commitments.js';
import { commitments as esCommitments } from './es/commitments.js';

/** Commitment cues and frames per language. */
export const commitmentLexicons: Readonly<Record<LexiconLanguage, CommitmentLexicon>> = {
  en: enCommitments,
  es: esCommitments,
};

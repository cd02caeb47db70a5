/** Lookups and regular expressions built once per language from the number lexicons. */
import { numbers as enNumbers } from '../../../lexicons/en/numbers.js';
import { numbers as esNumbers } from '../../../lexicons/es/numbers.js';
import { stopwords, type LexiconLanguage } from '../../../lexicons/index.js';
import type { NumberLexicon, RatePeriod } from '../../../lexicons/number-lexicon.js';

/** A language's number lexicon with the patterns the recognizers and refiners run. */
export interface NumberVocabulary {
  readonly lexicon: NumberLexicon;
  /** Cheap gate: a digit or a number word somewhere in the sentence. */
  readonly gate: RegExp;
  /** A numeral, with an optional currency symbol or code before it. */
  readonly numeral: RegExp;
  /** A run of number words: "two hundred", "treinta y cinco", "dos mil millones". */
  readonly spelled: RegExp;
  /** A vague quantity and its linker: "tens of thousands of", "miles de". */
  readonly vague: RegExp;
  /** Sticky: a scale word after a number ("billion", "mil millones"). */
  readonly scale: RegExp;
  /** Sticky: scale-and-currency abbreviations ("mdd"). */
  readonly scaledCurrency: RegExp;
  /** Sticky: a unit or currency after a number, optionally hyphenated or after "of"/"de". */
  readonly unit: RegExp;
  /** Sticky: a word after a number, for the counted noun. */
  readonly word: RegExp;
  /** A qualifier at the end of the text before a figure. */
  readonly qualifier: RegExp;
  /** A rate phrase. */
  readonly rate: RegExp;
  /** Sticky: a clock word after a number. */
  readonly clock: RegExp;
  /** Lower-case lookups. */
  readonly currencies: ReadonlyMap<string, string>;
  readonly units: ReadonlyMap<string, string>;
  readonly rates: ReadonlyMap<string, RatePeriod>;
  /** Function words that end a noun phrase. */
  readonly stop: ReadonlySet<string>;
  /** Counted nouns of both languages to the unit they are reported under. */
  readonly countedNouns: ReadonlyMap<string, string>;
  /** Units of time of both languages. */
  readonly timeUnits: ReadonlySet<string>;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
// Without the `u` flag, case-insensitive alternations run several times faster; number words
// start with ASCII letters, so \b guards the start and a Latin letter class guards the end.
const B = '\\b';
const E = '(?![A-Za-z\\u00C0-\\u024F0-9])';

function build(lexicon: NumberLexicon): NumberVocabulary {
  // Currencies and units of both languages apply: Spanish reporting cites "USD", English "pesos".
  const currencies = new Map(Object.entries({ ...enNumbers.currencies, ...esNumbers.currencies, ...lexicon.currencies }));
  const units = new Map(Object.entries({ ...enNumbers.units, ...esNumbers.units, ...lexicon.units }));
  const wordKeys = [...Object.keys(lexicon.words), ...Object.keys(lexicon.scales)];
  const words = alternation(wordKeys);
  const joiner = lexicon.decimalComma ? 'y' : 'and';
  const unitWords = alternation([...units.keys(), ...currencies.keys()].filter((w) => /\p{L}/u.test(w)));
  const linkers = alternation(lexicon.linkers);
  return {
    lexicon,
    // "one", "un" and "una" alone are no figures, and would open the gate for nearly every Spanish sentence.
    gate: new RegExp(`\\d|${B}(?:${alternation([...wordKeys.filter((w) => !/^(?:one|una?|uno)$/.test(w)), ...lexicon.vague])})${E}`, 'i'),
    numeral: /(?<![\p{L}\p{N}_:.,]|[\p{L}][-‐]|\d[-‐/])(?:(?<cur>(?:US|MX)?\$|€|(?:USD|MXN|EUR)(?=\s?\d))\s?)?(?<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])/gu,
    spelled: new RegExp(`${B}(?<w>(?:${words})(?:(?:[-\\s]+|\\s+${joiner}\\s+)(?:${words}))*)${E}`, 'gi'),
    vague: new RegExp(`(?<!\\d\\s)${B}(?<v>${alternation(lexicon.vague)})\\s+(?:${linkers})${E}`, 'gi'),
    scale: new RegExp(`\\s*-?\\s*(?<s>${alternation(Object.keys(lexicon.scales))})${E}`, 'iuy'),
    scaledCurrency: new RegExp(`\\s*(?<s>${alternation(Object.keys(lexicon.scaledCurrencies)) || '(?!)'})${E}`, 'iuy'),
    unit: new RegExp(`(?:\\s*%|(?:\\s*-\\s*|\\s+)(?:(?:${linkers})\\s+)?(?<u>${unitWords})${E})`, 'iuy'),
    word: /\s+(?<w>[\p{L}][\p{L}'’-]*)/uy,
    qualifier: new RegExp(`${B}(?<q>${alternation(Object.keys(lexicon.qualifiers))})\\s+$`, 'i'),
    rate: new RegExp(`${B}(?<r>${alternation(Object.keys(lexicon.rates))})${E}`, 'i'),
    clock: new RegExp(`\\s*(?:${alternation(lexicon.clock)})(?![\\p{L}])|:\\d|h\\d`, 'iuy'),
    currencies,
    units,
    rates: new Map(Object.entries(lexicon.rates)),
    timeUnits: new Set([...enNumbers.timeUnits, ...esNumbers.timeUnits, ...Object.values(esNumbers.countedNouns).filter((w) => /^(?:days|weeks|months|years|hours)$/.test(w))]),
    countedNouns: new Map(Object.entries({ ...enNumbers.countedNouns, ...esNumbers.countedNouns })),
    // The shared stopwords hold calendar nouns for term matching; here "30 years" counts years.
    stop: new Set([...[...stopwords].filter((w) => !/^(?:years?|months?|weeks?|days?|people|times)$/.test(w)), ...lexicon.determiners, ...lexicon.linkers, 'a', 'an', 'un', 'una', 'y', 'and', 'or', 'o']),
  };
}

const vocabularies: Record<LexiconLanguage, NumberVocabulary> = { en: build(enNumbers), es: build(esNumbers) };

/** The number vocabulary of a lexicon language. */
export function numberVocabulary(language: LexiconLanguage): NumberVocabulary {
  return vocabularies[language];
}

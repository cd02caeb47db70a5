/** Lookups and regular expressions built once per language from the number lexicons. */
import { numbers as enNumbers } from '../../../lexicons/en/numbers.js';
import { numbers as esNumbers } from '../../../lexicons/es/numbers.js';
import { stopwords, type LexiconLanguage } from '../../../lexicons/index.js';
import type { NumberLexicon, RatePeriod } from '../../../lexicons/number-lexicon.js';
import { alternation, LATIN_WORD_END, LATIN_WORD_START, phrasePattern } from '../../common/patterns.js';

/** A language's number lexicon with the patterns the recognizers and refiners run. */
export interface NumberVocabulary {
  readonly lexicon: NumberLexicon;
  /** Cheap gate: a digit or a number word somewhere in the sentence. */
  readonly gate: { test(text: string): boolean };
  /** A numeral, with an optional currency symbol or code before it; `numeralStart` must hold where it starts. */
  readonly numeral: RegExp;
  /** Sticky, matching nothing: no letter, digit or separator before a numeral, nor a hyphen after a word or a slash after a number. */
  readonly numeralStart: RegExp;
  /** A run of number words: "two hundred", "treinta y cinco", "dos mil millones". */
  readonly spelled: RegExp;
  /**
   * A number written in groups between scales ("6 mil 998", "un millón 332 mil 126"), where the
   * language writes numbers so; null elsewhere.
   */
  readonly composite: { readonly gate: RegExp; readonly pattern: RegExp } | null;
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
  /** The text before a span of time ends with a word that makes it a frequency ("every", "cada"). */
  readonly frequencyBefore: RegExp;
  /** The text before a span of time ends with "hace"; sticky after it, "ago" or "atrás". */
  readonly beforeNowBefore: RegExp;
  readonly beforeNowAfter: RegExp;
  /** The text before a count ends with the source of a report ("according to") or the start of a ratio ("one in"). */
  readonly sourceOrRatioBefore: RegExp;
  /** Sticky: a verb after a number that makes it a count of people ("murieron"). */
  readonly personVerb: RegExp;
  /** Sticky: "of the", "de los" after a number. */
  readonly partitive: RegExp;
  /** Sticky: "of"/"de" after a number. */
  readonly linker: RegExp;
  /** Lower-case superlatives, noun modifiers and relative pronouns of the language. */
  readonly superlatives: ReadonlySet<string>;
  readonly nounModifiers: ReadonlySet<string>;
  readonly pluralModifiers: ReadonlySet<string>;
  readonly relatives: ReadonlySet<string>;
  /** The words of each left link ("amounting to"), longest first, by the link's last word. */
  readonly leftLinks: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The units counted nouns are reported under ("people", "weapons", "cities"). */
  readonly countedUnits: ReadonlySet<string>;
  /** Prefixes that keep a noun's class: "ex" in "exfuncionarios". */
  readonly nounPrefixes: readonly string[];
  /** Words that, before "un"/"one" and a unit of time, make it a duration ("una pausa de un mes"). */
  readonly durationLinks: ReadonlySet<string>;
  /** Counted nouns of several words by their first word: "armas" → [" de fuego" → firearms]. */
  readonly compoundNouns: ReadonlyMap<string, readonly { readonly rest: RegExp; readonly unit: string }[]>;
}

// Patterns without the `u` flag (see LATIN_WORD_START): number words start with ASCII letters.
const B = LATIN_WORD_START;
// In one pattern, `\d|words` tries the words at every position before the first digit; a digit alone is a quick search.
const digitOr = (words: RegExp) => ({ test: (text: string) => /\d/.test(text) || words.test(text) });
const E = LATIN_WORD_END;

function build(lexicon: NumberLexicon): NumberVocabulary {
  // Currencies and units of both languages apply: Spanish reporting cites "USD", English "pesos".
  // Counted nouns of both languages to the unit they are reported under: a class ("people") or a translation.
  const countedNouns: Record<string, string> = { ...enNumbers.countedNouns, ...esNumbers.countedNouns };
  for (const classes of [enNumbers.unitClasses, esNumbers.unitClasses]) {
    for (const [unit, nouns] of Object.entries(classes)) for (const noun of nouns) countedNouns[noun] = unit;
  }
  const currencies = new Map(
    Object.entries({ ...enNumbers.currencies, ...esNumbers.currencies, ...lexicon.currencies }),
  );
  const units = new Map(Object.entries({ ...enNumbers.units, ...esNumbers.units, ...lexicon.units }));
  const wordKeys = [...Object.keys(lexicon.words), ...Object.keys(lexicon.scales)];
  const words = alternation(wordKeys);
  const joiner = lexicon.decimalComma ? 'y' : 'and';
  const unitWords = alternation([...units.keys(), ...currencies.keys()].filter((w) => /\p{L}/u.test(w)));
  const linkers = alternation(lexicon.linkers);
  return {
    lexicon,
    // "one", "un" and "una" alone are no figures, and would open the gate for nearly every Spanish sentence.
    // "un mes" opens it: a length of one is a figure.
    gate: digitOr(
      new RegExp(
        `${B}(?:${alternation([...wordKeys.filter((w) => !/^(?:one|una?|uno)$/.test(w)), ...lexicon.vague])}|(?:one|una?)\\s+(?:${alternation(lexicon.timeUnits)}))${E}`,
        'i',
      ),
    ),
    // A lookbehind that opens a pattern is tried at every position of the text; without it, the
    // search skips ahead to a digit or currency sign, and the boundary is tested where a match starts.
    numeral:
      /(?:(?<cur>(?:US|MX)?\$|€|(?:USD|MXN|EUR)(?=\s?\d))\s?)?(?<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])/gu,
    // A comma after a word may lack its space ("armas de fuego,14 cargadores"); after a digit it groups thousands.
    numeralStart: /(?<![\p{L}\p{N}_:.]|\p{N},|[\p{L}][-‐]|\d\/)/uy,
    spelled: new RegExp(`${B}(?<w>(?:${words})(?:(?:[-\\s]+|\\s+${joiner}\\s+)(?:${words}))*)${E}`, 'gi'),
    composite: lexicon.compositeNumbers ? composite(lexicon) : null,
    vague: new RegExp(`(?<!\\d\\s)${B}(?<v>${alternation(lexicon.vague)})\\s+(?:${linkers})${E}`, 'gi'),
    scale: new RegExp(`\\s*-?\\s*(?<s>${alternation(Object.keys(lexicon.scales))})${E}`, 'iuy'),
    scaledCurrency: new RegExp(`\\s*(?<s>${alternation(Object.keys(lexicon.scaledCurrencies)) || '(?!)'})${E}`, 'iuy'),
    unit: new RegExp(`(?:\\s*%|(?:\\s*-\\s*|\\s+)(?:(?:${linkers})\\s+)?(?<u>${unitWords})${E})`, 'iuy'),
    // An opening quote may wrap the noun ('20 "narco labs"'); "U.S." is one word; a hyphen before a
    // capital joins no word ("institutions-CIBanco" is a noun and a name).
    word: /\s+["“‘]?(?<w>(?:\p{Lu}\.){2,}|[\p{L}](?:[\p{L}'’]|-(?=\p{Ll}))*)/uy,
    qualifier: new RegExp(`${B}(?<q>${alternation(Object.keys(lexicon.qualifiers))})\\s+$`, 'i'),
    rate: new RegExp(`${B}(?<r>${alternation(Object.keys(lexicon.rates))})${E}`, 'i'),
    clock: new RegExp(`\\s*(?:${alternation(lexicon.clock)})(?![\\p{L}])|:\\d|h\\d`, 'iuy'),
    currencies,
    units,
    rates: new Map(Object.entries(lexicon.rates)),
    timeUnits: new Set([
      ...enNumbers.timeUnits,
      ...esNumbers.timeUnits,
      ...Object.values(esNumbers.countedNouns).filter((w) => /^(?:days|weeks|months|years|hours)$/.test(w)),
    ]),
    countedNouns: new Map(Object.entries(countedNouns).filter(([noun]) => !noun.includes(' '))),
    compoundNouns: compoundNouns(countedNouns),
    countedUnits: new Set(Object.values(countedNouns)),
    nounPrefixes: [...new Set([...enNumbers.nounPrefixes, ...esNumbers.nounPrefixes])].filter(
      (prefix) => !prefix.includes(' '),
    ),
    durationLinks: new Set(lexicon.durationLinks),
    // Words of both languages: a quote in the other language keeps its own words.
    beforeNowBefore: new RegExp(
      `${B}(?:${alternation([...enNumbers.beforeNow.before, ...esNumbers.beforeNow.before]) || '(?!)'})\\s+$`,
      'i',
    ),
    beforeNowAfter: new RegExp(
      `\\s+(?:${alternation([...enNumbers.beforeNow.after, ...esNumbers.beforeNow.after]) || '(?!)'})${E}`,
      'iy',
    ),
    frequencyBefore: new RegExp(
      `${B}(?:${alternation([...enNumbers.frequencyWords, ...esNumbers.frequencyWords])})\\s+$`,
      'i',
    ),
    sourceOrRatioBefore: new RegExp(`${B}(?:${alternation([...lexicon.sourcing, ...lexicon.ratioOpeners])})\\s+$`, 'i'),
    personVerb: new RegExp(`\\s+(?:${alternation(lexicon.personVerbs)})${E}`, 'iy'),
    partitive: new RegExp(`\\s+(?:${linkers})\\s+(?:${alternation(lexicon.partitiveDeterminers)})(?=\\s)`, 'iy'),
    linker: new RegExp(`\\s+(?:${linkers})\\s`, 'iy'),
    leftLinks: byLastWord(lexicon.leftLinks),
    superlatives: new Set(lexicon.superlatives),
    nounModifiers: new Set(lexicon.nounModifiers),
    pluralModifiers: new Set(lexicon.pluralModifiers),
    relatives: new Set(lexicon.relatives),
    // The shared stopwords hold calendar nouns for term matching; here "30 years" counts years.
    stop: new Set([
      ...[...stopwords].filter((w) => !/^(?:years?|months?|weeks?|days?|people|times)$/.test(w)),
      ...lexicon.determiners,
      ...lexicon.nounModifiers,
      ...lexicon.linkers,
      'a',
      'an',
      'un',
      'una',
      'y',
      'and',
      'or',
      'o',
    ]),
  };
}

/**
 * "[group] scale (group [scale])+": at least one scale (a thousand or more) followed by a group.
 * A group is up to three digits not part of a longer numeral, or number words.
 */
function composite(lexicon: NumberLexicon): { gate: RegExp; pattern: RegExp } {
  const bigScales = alternation(
    Object.entries(lexicon.scales)
      .filter(([, size]) => size >= 1000)
      .map(([word]) => word),
  );
  const words = alternation(
    Object.entries(lexicon.words)
      .filter(([word, value]) => value < 1000 && !word.includes(' '))
      .map(([word]) => word),
  );
  const group = `(?:(?<![\\d.,])\\d{1,3}(?![\\d]|[.,]\\d)|${B}(?:${words})(?:\\s+y\\s+(?:${words}))?${E})`;
  const scale = `${B}(?:${bigScales})${E}`;
  // The pattern opens with an optional group, so it is tried at many offsets: only sentences with a scale word run it.
  return {
    gate: new RegExp(bigScales, 'i'),
    pattern: new RegExp(`(?:${group}\\s+)?${scale}(?:\\s+${group}(?:\\s+${scale})?)+`, 'giu'),
  };
}

/** Phrases split into words, grouped by their last word, longest first. */
function byLastWord(phrases: readonly string[]): Map<string, string[][]> {
  const grouped = new Map<string, string[][]>();
  for (const parts of phrases.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)) {
    const last = parts.at(-1) ?? '';
    grouped.set(last, [...(grouped.get(last) ?? []), parts]);
  }
  return grouped;
}

/** Multi-word counted nouns grouped by their first word, the rest as a sticky pattern. */
function compoundNouns(nouns: Readonly<Record<string, string>>): Map<string, { rest: RegExp; unit: string }[]> {
  const byHead = new Map<string, { rest: RegExp; unit: string }[]>();
  for (const [noun, unit] of Object.entries(nouns)) {
    const [head = '', ...rest] = noun.split(' ');
    if (rest.length === 0) continue;
    byHead.set(head, [
      ...(byHead.get(head) ?? []),
      { rest: new RegExp(`\\s+${phrasePattern(rest.join(' '))}${E}`, 'iy'), unit },
    ]);
  }
  return byHead;
}

const vocabularies: Record<LexiconLanguage, NumberVocabulary> = { en: build(enNumbers), es: build(esNumbers) };

/** The number vocabulary of a lexicon language. */
export function numberVocabulary(language: LexiconLanguage): NumberVocabulary {
  return vocabularies[language];
}

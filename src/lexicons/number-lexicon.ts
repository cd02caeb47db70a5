/** Grain of a rate: "daily" → day. */
export type RatePeriod = 'day' | 'week' | 'month' | 'year';

/** What a language contributes to the figures stage: number words, units, qualifiers and rates. */
export interface NumberLexicon {
  /** Whether "1,9" is a decimal and "3.200" a thousands group (Spanish) rather than the reverse. */
  readonly decimalComma: boolean;
  /** Number words below a hundred, lower-case: "seven" → 7. */
  readonly words: Readonly<Record<string, number>>;
  /** Words that multiply what comes before: "million" → 1e6, "mil millones" → 1e9. */
  readonly scales: Readonly<Record<string, number>>;
  /** Abbreviations that carry both scale and currency: "mdd" → millions of dollars. */
  readonly scaledCurrencies: Readonly<Record<string, { readonly scale: number; readonly currency: string }>>;
  /** Quantities without a value, followed by "of"/"de": "tens of thousands", "decenas de miles". */
  readonly vague: readonly string[];
  /** Words that link a quantity to what it counts: "of", "de". */
  readonly linkers: readonly string[];
  /** Currency words and symbols to ISO 4217 codes. */
  readonly currencies: Readonly<Record<string, string>>;
  /**
   * Counted nouns and the English unit they are reported under, so that "430 mil migrantes" and
   * "430,000 migrants" measure the same thing when sources in two languages are compared.
   */
  readonly countedNouns: Readonly<Record<string, string>>;
  /** Measurement units and their forms to a unit name: "kilómetros" → km, "%" → percent. */
  readonly units: Readonly<Record<string, string>>;
  /** Words before a number that hedge it, to their normal form: "more than" → "more than". */
  readonly qualifiers: Readonly<Record<string, string>>;
  /** Rate phrases after a figure: "a day" → day. */
  readonly rates: Readonly<Record<string, RatePeriod>>;
  /** Words before a spelled number that make it a reference, not a figure: "the two countries". */
  readonly determiners: readonly string[];
  /** Nouns after a spelled number that make it no figure: "two figures", "three times". */
  readonly notCounted: readonly string[];
  /** Words that, just before a number, make it part of a name: "Title 42", "Section 232". */
  readonly namePrefixes: readonly string[];
  /** Verbs and prepositions between a measured noun and the money or share to its right: "trade reaching $798 billion". */
  readonly leftLinks: readonly string[];
  /** Words after a number that make it a time of day: "a.m.", "horas". */
  readonly clock: readonly string[];
  /** Units of time: a count of them before "later" or after "in" places an event in time, not a figure. */
  readonly timeUnits: readonly string[];
  /** Plural nouns that do not end in -s: "people", "police". */
  readonly irregularPlurals: readonly string[];
}

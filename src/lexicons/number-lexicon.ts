/** Grain of a rate: "daily" → day. */
export type RatePeriod = 'day' | 'week' | 'month' | 'year';

/** What a language contributes to the figures stage: number words, units, qualifiers and rates. */
export interface NumberLexicon {
  /** Whether "1,9" is a decimal and "3.200" a thousands group (Spanish) rather than the reverse. */
  readonly decimalComma: boolean;
  /** Number words below a hundred, lower-case: "seven" → 7. */
  readonly words: Readonly<Record<string, number>>;
  /** Whether the language writes large numbers as groups between scale words: "6 mil 998", "un millón 332 mil 126". */
  readonly compositeNumbers: boolean;
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
  /**
   * Classes of counted things: the unit a class is reported under, to the plural nouns of the
   * language that name a member of it ("people" ← "detainees", "fugitives", "narcotraficantes";
   * "vessels" ← "boats", "lanchas"). A noun in no class is reported as itself (or as its
   * `countedNouns` translation).
   */
  readonly unitClasses: Readonly<Record<string, readonly string[]>>;
  /** Prefixes that keep the class of the noun they attach to: "ex" in "exfuncionarios". */
  readonly nounPrefixes: readonly string[];
  /** Nouns of time that, after "un"/"one" and a linking word ("de", "for"), make a duration: "una pausa de un mes". */
  readonly durationLinks: readonly string[];
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
  /** Units of time, of which a count after a frequency word is no figure. */
  readonly timeUnits: readonly string[];
  /** Words before a span of time that make it a frequency ("every two months", "cada dos meses"), which is no figure. */
  readonly frequencyWords: readonly string[];
  /**
   * Words around a span of time that count it back from the present ("two weeks ago", "hace tres
   * meses"): a date, unless a qualifier makes it a stated quantity ("over 60 years ago").
   */
  readonly beforeNow: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Superlatives that turn "the ten busiest ports" from a reference into a count. */
  readonly superlatives: readonly string[];
  /** Words after "of"/"de" that make "25 of the defendants" a count of a part of a set. */
  readonly partitiveDeterminers: readonly string[];
  /** Plurals that modify the noun after them: "two customs brokers", "dos presuntos operadores". */
  readonly pluralModifiers: readonly string[];
  /** Words that may stand between a number and its noun although they end phrases elsewhere: "two other men". */
  readonly nounModifiers: readonly string[];
  /** Words that, right after a number with no noun, show the noun was left out: "the 55 who were sent". */
  readonly relatives: readonly string[];
  /** Phrases before a count of people that make it the source of a report: "according to two officials". */
  readonly sourcing: readonly string[];
  /**
   * Phrases before a number that make it the base of a ratio or the set one member is drawn from,
   * not a count: "one in ten containers", "una de las cinco rutas más vigiladas".
   */
  readonly ratioOpeners: readonly string[];
  /** The unit of a bare number set off by commas after a name, where the language writes ages so: "Anaya Lugo, 51,". */
  readonly appositiveAge: string | null;
  /** Endings of verb forms that end a noun phrase after a number: "los 26 enfrentarán juicios" counts no trials. */
  readonly verbEndings: readonly string[];
  /** Verbs after a number with no noun that make it a count of people: "dos murieron", "three were killed". */
  readonly personVerbs: readonly string[];
  /** Plural nouns that do not end in -s: "people", "police". */
  readonly irregularPlurals: readonly string[];
}

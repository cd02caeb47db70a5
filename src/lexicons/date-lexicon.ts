/** What a language contributes to the dates stage: the words, not the rules. */
export interface DateLexicon {
  /** Month names and abbreviations, lower-case, to month number (1–12). */
  readonly months: Readonly<Record<string, number>>;
  /** Full weekday names, lower-case, to weekday number (0 = Sunday). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Words that open a bare month or year as a time ("in", "en", "since"). */
  readonly prepositions: readonly string[];
  /** Modifiers of a weekday, week, month or year, by direction: "last", "pasado"; "next", "próximo"; "this", "este". */
  readonly past: readonly string[];
  readonly next: readonly string[];
  readonly current: readonly string[];
  /** Calendar units to their grain. */
  readonly units: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>>;
  /** Small number words for "seven months ago", "hace siete meses". */
  readonly counts: Readonly<Record<string, number>>;
  /** Single words for days next to the reference: "yesterday" → -1. */
  readonly days: Readonly<Record<string, number>>;
  /** Words that put a sentence in the future, so bare weekdays and months look forward. */
  readonly future: readonly string[];
  /** A regular-expression source (no `u` flag) for future verb endings ("-rá"), or null. */
  readonly futureEnding: string | null;
  /** Words that introduce a deadline ("by June 30", "a más tardar el 30 de junio"). */
  readonly deadlines: readonly string[];
  /** Words of promises and obligations, which make a deadline lie ahead ("pledged", "se comprometió"). */
  readonly obligations: readonly string[];
  /**
   * A day next to the latest date the text stated before it (or to the reference when there is
   * none): "the next day" → 1, "la víspera" → -1, "el mismo día" → 0.
   */
  readonly anaphoricDays: Readonly<Record<string, number>>;
  /** Words after a count and unit that place a date after or before an earlier one: "two days later", "seis meses antes". */
  readonly later: readonly string[];
  readonly earlier: readonly string[];
  /**
   * A regular-expression source (no `u` flag) for what follows "after"/"después" when it opens a
   * clause ("a day after reaching a deal", "tres días después de que hablara"): the count then dates
   * the clause's event back from the sentence's own date.
   */
  readonly clauseLink: string;
  /** The words of `later` and `earlier` (and of `anaphoricDays`' last words) that can take such a clause: "after", "después". */
  readonly clauseWords: readonly string[];
  /** Words of `days` that are also nouns, with the words before them that make them the noun ("la mañana", "por la mañana"). */
  readonly dayNouns: Readonly<Record<string, readonly string[]>>;
  /** Words that open a range of days ("between", "from"; "del", "entre el") and that join its ends ("to", "and"; "al", "y el"). */
  readonly rangeStarts: readonly string[];
  readonly rangeLinks: readonly string[];
  /**
   * Words that make two dates of any grain one period a figure counts over: what opens it ("between",
   * "from"; "entre", "desde") and what joins its ends ("and", "to"; "y", "hasta"). A dash joins them too.
   */
  readonly periodStarts: readonly string[];
  readonly periodLinks: readonly string[];
  /**
   * Words that open another clause between a figure and a date, so that the date is not the
   * figure's period: "eight organisations, following an order that was signed in January".
   */
  readonly periodBreaks: readonly string[];
  /** Whether the day comes before the month ("3 de octubre") rather than after it ("October 3"). */
  readonly dayFirst: boolean;
  /** Labels that put a publication date at the very start of a text (" date 2025-12-12 ", "Publicado: …"). */
  readonly publishedLabels: readonly string[];
  /** Words that make a weekday and date today's ("este lunes 14 de julio", "today, Monday, July 14"). */
  readonly todayWords: readonly string[];
}

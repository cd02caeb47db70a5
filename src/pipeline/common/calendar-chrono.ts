/**
 * Chrono parsers that read calendar dates only. Chrono runs every parser it has over its input;
 * times, casual words ("tonight") and spans of time ("in two weeks") are not calendar dates, and our
 * own recognizers read relative dates, so only the parsers of dates with a month, a year or a
 * weekday are kept (about five times faster). The refiners stay as they are.
 */
import * as chrono from 'chrono-node';

const NOT_CALENDAR = /TimeExpression|TimeUnit|Casual|EndOfCurrentMonth|RelativeDateFormat/;

function calendarOnly(base: chrono.Chrono): chrono.Chrono {
  const parser = base.clone();
  parser.parsers = parser.parsers.filter((p) => !NOT_CALENDAR.test(p.constructor.name));
  return parser;
}

/** Calendar-date parsers per language, lenient (casual) and strict. */
export const calendarChrono = {
  en: calendarOnly(chrono.en.casual),
  es: calendarOnly(chrono.es.casual),
  enStrict: calendarOnly(chrono.en.strict),
  esStrict: calendarOnly(chrono.es.strict),
} as const;

import type { DateLexicon } from '../date-lexicon.js';

/** English date vocabulary. */
export const dates: DateLexicon = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  prepositions: ['in', 'for', 'since', 'by', 'until', 'till', 'through', 'from', 'during', 'before', 'after', 'early', 'late', 'mid', 'of', 'around', 'as of', 'throughout', 'between', 'and', 'to'],
  past: ['last', 'past', 'previous'],
  next: ['next', 'coming', 'upcoming'],
  current: ['this'],
  units: { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' },
  counts: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: NaN, few: NaN, 'a few': NaN, some: NaN },
  // A part of a day named by itself is a day next to the reference: "this morning", "last night".
  days: { yesterday: -1, today: 0, tomorrow: 1, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, tonight: 0, 'last night': -1 },
  future: ['will', "won't", 'shall', "'ll", 'would', 'going to', 'next', 'upcoming', 'scheduled', 'planned', 'due', 'set for', 'plans to', 'plan to', 'expected to', 'set to', 'is to', 'are to'],
  futureEnding: null,
  deadlines: ['by', 'until', 'before', 'no later than', 'by the end of', 'before the end of', 'in time for'],
  obligations: ['pledged', 'pledge', 'pledging', 'promising', 'committing', 'committed', 'commit', 'commits', 'agreed to', 'promised', 'promise', 'must', 'deadline', 'aims to', 'aim to', 'vowed', 'intends to', 'target', 'goal', 'should'],
  anaphoricDays: {
    'the next day': 1, 'the following day': 1, 'the day after': 1, 'next day': 1,
    'the day before': -1, 'the previous day': -1, 'the prior day': -1, 'the eve': -1,
    'that day': 0, 'that same day': 0, 'the same day': 0, 'earlier that day': 0, 'later that day': 0, 'earlier in the day': 0, 'later in the day': 0,
  },
  later: ['later', 'afterward', 'afterwards', 'after'],
  earlier: ['earlier', 'before', 'prior'],
  // "a day after reaching a deal", "two weeks before the vote": a word follows "after" or "before".
  clauseLink: '^\\s+(?!(?:and|or|but|in|on|at)\\b)[a-z]',
  clauseWords: ['after', 'before'],
  dayNouns: {},
  rangeStarts: ['between', 'from'],
  rangeLinks: ['to', 'through', 'thru', 'until', 'and'],
  dayFirst: false,
  publishedLabels: ['date', 'dated', 'published', 'published on', 'posted', 'posted on', 'first published'],
  todayWords: ['today', 'this'],
};

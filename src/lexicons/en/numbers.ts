import type { NumberLexicon } from '../number-lexicon.js';

/** English number vocabulary. */
export const numbers: NumberLexicon = {
  decimalComma: false,
  words: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12,
  },
  scales: { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 },
  scaledCurrencies: {},
  vague: ['tens of thousands', 'hundreds of thousands', 'tens of millions', 'hundreds of millions', 'thousands', 'hundreds', 'dozens', 'millions', 'billions', 'scores'],
  linkers: ['of'],
  currencies: {
    $: 'USD', us$: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
    mx$: 'MXN', mxn: 'MXN', peso: 'MXN', pesos: 'MXN', 'mexican pesos': 'MXN', '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  },
  countedNouns: {},
  units: {
    '%': 'percent', percent: 'percent', 'per cent': 'percent', 'percentage points': 'percentage points',
    mile: 'mile', miles: 'mile', km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
    kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', pound: 'lb', pounds: 'lb', lb: 'lb', lbs: 'lb',
    ton: 'tons', tons: 'tons', tonne: 'tons', tonnes: 'tons', 'metric tons': 'tons', gram: 'g', grams: 'g',
    liter: 'l', liters: 'l', litre: 'l', litres: 'l', gallon: 'gal', gallons: 'gal', acre: 'acre', acres: 'acre', hectares: 'ha',
  },
  qualifiers: {
    nearly: 'nearly', almost: 'almost', over: 'over', 'more than': 'more than', 'over than': 'over', about: 'about',
    approximately: 'approximately', roughly: 'roughly', around: 'around', 'at least': 'at least', 'up to': 'up to',
    'less than': 'less than', 'fewer than': 'fewer than', 'close to': 'close to', 'just over': 'just over', 'just under': 'just under',
    some: 'some', 'an estimated': 'an estimated', 'as many as': 'as many as', 'as much as': 'as much as', under: 'under', 'at most': 'at most',
  },
  rates: {
    daily: 'day', 'a day': 'day', 'per day': 'day', 'each day': 'day', 'every day': 'day',
    weekly: 'week', 'a week': 'week', 'per week': 'week', 'each week': 'week',
    monthly: 'month', 'a month': 'month', 'per month': 'month', 'each month': 'month',
    annually: 'year', yearly: 'year', 'a year': 'year', 'per year': 'year', 'each year': 'year', 'every year': 'year', 'per annum': 'year',
  },
  determiners: ['the', 'these', 'those', 'both', 'its', 'their', 'our', 'his', 'her', 'all', 'of', 'first', 'last', 'other'],
  notCounted: ['figures', 'times', 'sides', 'things', 'ways', 'words', 'parts', 'steps', 'ones', 'others', 'terms', 'decades'],
  namePrefixes: ['title', 'section', 'article', 'chapter', 'rule', 'resolution', 'amendment', 'highway', 'route', 'interstate', 'flight', 'phase', 'no.', 'number', 'room', 'gate', 'precinct', 'district', 'pier', 'page', 'paragraph', 'item', 'law', 'act', 'bill', 'h.r.', 's.', 'decree', 'vol.', 'level', 'covid', 'g', 'f', 'mi'],
  leftLinks: ['reaching', 'reached', 'totaling', 'totalling', 'totaled', 'totalled', 'worth', 'of', 'at', 'amounting to', 'valued at', 'estimated at', 'was', 'were', 'is', 'are', 'hit', 'topped', 'rose to', 'fell to', 'grew to', 'to', 'by',
    'rose', 'fell', 'grew', 'dropped', 'declined', 'increased', 'decreased', 'jumped', 'climbed', 'surged', 'rose by', 'fell by', 'grew by'],
  clock: ['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'hrs', 'gmt', 'et', 'est', 'edt', 'pst', 'utc'],
  timeUnits: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'decade', 'decades'],
  irregularPlurals: ['people', 'police', 'personnel', 'children', 'men', 'women', 'cattle', 'staff', 'troops', 'guardsmen'],
};

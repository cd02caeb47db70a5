import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The library's core, without its Node entry point, which loads the tables of all its 80 languages
// (a tenth of a second for every thread that analyses): only English and Spanish are used.
const countries = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/es.json'));

/** Ways reporting writes a country that the ISO tables lack. */
const extraNames: Readonly<Record<string, readonly string[]>> = {
  USA: [
    'U.S.',
    'US',
    'USA',
    'U.S.A.',
    'United States',
    'America',
    'EE.UU.',
    'EEUU',
    'EE. UU.',
    'Estados Unidos de América',
    'Estados Unidos',
  ],
  MEX: ['Mexico', 'México', 'Estados Unidos Mexicanos', 'República Mexicana'],
  GBR: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  KOR: ['South Korea', 'Corea del Sur'],
  RUS: ['Russia', 'Rusia'],
  VEN: ['Venezuela'],
};

/** Names that are also ordinary words or other things; left out of the country table. */
const ambiguous = new Set([
  'us',
  'eu',
  'georgia',
  'chad',
  'jersey',
  'guinea',
  'turkey',
  'china town',
  'niger',
  'jordan',
  'mali',
  'oman',
  'peru',
]);

/** Every English and Spanish name of every country, with its ISO alpha-3 code. */
export function countryNames(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const locale of ['en', 'es'] as const) {
    for (const [alpha2, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const name of names) if (!ambiguous.has(name.toLowerCase()) && name.length > 2) table.set(name, alpha3);
    }
  }
  for (const [alpha3, names] of Object.entries(extraNames)) for (const name of names) table.set(name, alpha3);
  return table;
}

/** The English name of a country, for entity names. */
export function countryName(alpha3: string): string {
  const overrides: Record<string, string> = {
    USA: 'United States',
    GBR: 'United Kingdom',
    RUS: 'Russia',
    KOR: 'South Korea',
    VEN: 'Venezuela',
    BOL: 'Bolivia',
    IRN: 'Iran',
  };
  return overrides[alpha3] ?? countries.getName(alpha3, 'en', { select: 'official' }) ?? alpha3;
}

/**
 * Words by which reporting in English or Spanish names a party's government or country; used to
 * tell whether a sentence concerns a party. Keys are ISO 3166-1 alpha-3 codes.
 */
export const partyWords: Readonly<Record<string, readonly string[]>> = {
  USA: [
    'united states',
    'u.s.',
    'us',
    'washington',
    'american',
    'americans',
    'white house',
    'trump administration',
    'estados unidos',
    'ee.uu.',
    'eeuu',
    'eu',
    'estadounidense',
    'estadounidenses',
    'casa blanca',
  ],
  MEX: [
    'mexico',
    'méxico',
    'mexican',
    'mexicans',
    'mexico city',
    'sheinbaum',
    'mexicano',
    'mexicana',
    'mexicanos',
    'mexicanas',
    'gobierno de méxico',
  ],
  CAN: ['canada', 'canadian', 'canadá', 'canadiense'],
};

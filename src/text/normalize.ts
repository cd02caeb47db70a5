/** Folds a phrase for lexicon lookups: lower case, curly quotes straightened, spaces collapsed. */
export function foldForLookup(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Strips accents, for matching words that sites write with or without them ("regístrate"). */
export function stripAccents(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** The content that identifies a document: NFC, LF line ends, no trailing spaces, no BOM. */
export function normalizeForIdentity(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .trim();
}

/**
 * Counts the words of a line (runs of letters or digits, with inner apostrophes, periods and hyphens).
 * Counting stops once the count passes `enough`: a caller comparing with a bound needs no more, and
 * whole paragraphs are asked whether they are short.
 */
export function countWords(value: string, enough = Infinity): number {
  // A hand loop: this runs on every line and sentence, and a regex match array per call costs more.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < value.length && count <= enough; i++) {
    const code = value.charCodeAt(i);
    const wordChar =
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code >= 0xc0 && isLetterOrDigit(value[i]!));
    if (wordChar) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && (code === 39 || code === 0x2019 || code === 46 || code === 45)) {
      // An apostrophe, period or hyphen continues a word only when a letter or digit follows.
      const next = value[i + 1];
      inWord = next !== undefined && isLetterOrDigit(next);
    } else inWord = false;
  }
  return count;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isLetterOrDigit(char: string): boolean {
  return LETTER_OR_DIGIT.test(char);
}

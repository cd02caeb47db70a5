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
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
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

/** Counts the words of a line (runs of letters or digits). */
export function countWords(value: string): number {
  return value.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

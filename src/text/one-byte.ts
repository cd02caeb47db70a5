import { Buffer } from 'node:buffer';

const LATIN1 = /^[\u0000-\u00ff]*$/;

/**
 * The same characters, held one byte a character when they all fit in Latin-1. V8 keeps a string
 * derived from one with any other character (a curly quote, a dash) at two bytes a character, even
 * when what is left fits in one: a folded news text is nearly always all Latin-1 but twice its size.
 */
export function oneByte(text: string): string {
  return LATIN1.test(text) ? Buffer.from(text, 'latin1').toString('latin1') : text;
}

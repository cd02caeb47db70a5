/**
 * A word list written as running text, split at white space: long lists of single words read better
 * as a paragraph than one word a line.
 */
export function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

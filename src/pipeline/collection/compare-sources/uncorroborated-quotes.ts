import type { Finding } from '../../../core/index.js';
import { isLatinText, LATIN_WORD_CHARACTERS } from '../../../text/latin.js';
import type { ComparedDocument, EntityLookup } from './sources.js';

/** A quote counts as carried by another source if this many of its first characters appear there. */
const PROBE = 40;
// Lower case and punctuation folded; accents kept, as sources quoting one sentence spell it alike.
// Latin text (nearly all we read) takes a pattern without Unicode classes, several times faster.
const NOT_LATIN_WORD = new RegExp(`[^${LATIN_WORD_CHARACTERS}]+`, 'g');
const fold = (text: string) => {
  const lower = text.toLowerCase();
  return (isLatinText(lower) ? lower.replace(NOT_LATIN_WORD, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
};

/**
 * Direct quotes that no other document of the analysis carries, among documents that cover the
 * same events (`related`). Each finding names the speaker where one is known.
 */
export function findUncorroboratedQuotes(documents: readonly ComparedDocument[], related: ReadonlySet<string>, entityAt: EntityLookup): Finding[] {
  // Folding a whole text is the costly part: only documents that cover the same events, once each.
  // A probe's whole words must all be among a document's words before its text is searched.
  const foldedTexts = new Map<string, { text: string; words: Set<string> }>();
  const folded = (document: ComparedDocument) => {
    let entry = foldedTexts.get(document.id);
    if (entry === undefined) {
      const text = fold(document.text);
      foldedTexts.set(document.id, (entry = { text, words: new Set(text.split(' ')) }));
    }
    return entry;
  };
  const carries = (other: ComparedDocument, probe: string, wholeWords: readonly string[]) => {
    const { text, words } = folded(other);
    return wholeWords.every((word) => words.has(word)) && text.includes(probe);
  };
  const findings: Finding[] = [];
  for (const document of documents) {
    if (!related.has(document.id)) continue;
    for (const quote of document.quotes) {
      if (quote.kind !== 'direct') continue;
      const probe = fold(document.text.slice(quote.start, quote.end)).slice(0, PROBE);
      const words = probe.split(' ');
      if (words.length < 6) continue;
      // The probe's last word may be cut short; the words before it are whole.
      const wholeWords = words.slice(0, -1);
      if (documents.some((other) => other.id !== document.id && related.has(other.id) && carries(other, probe, wholeWords))) continue;
      const speaker = quote.speakerMention ? entityAt(document.id, quote.speakerMention) : null;
      const who = quote.speakerText ?? 'an unnamed speaker';
      findings.push({
        kind: 'quote_not_corroborated',
        documents: [document.id],
        entity: speaker,
        detail: `No other source carries the quote of ${who} beginning “${document.text.slice(quote.start, quote.start + 60).replace(/\s+/g, ' ')}…”.`,
        evidence: [{ document: document.id, start: quote.start, end: quote.end }],
      });
    }
  }
  return findings;
}

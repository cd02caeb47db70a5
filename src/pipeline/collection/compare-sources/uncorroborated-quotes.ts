import type { Finding } from '../../../core/index.js';
import type { ComparedDocument, EntityLookup } from './sources.js';

/** A quote counts as carried by another source if this many of its first characters appear there. */
const PROBE = 40;
// Lower case and punctuation folded; accents kept, as sources quoting one sentence spell it alike.
const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Direct quotes that no other document of the analysis carries, among documents that cover the
 * same events (`related`). Each finding names the speaker where one is known.
 */
export function findUncorroboratedQuotes(documents: readonly ComparedDocument[], related: ReadonlySet<string>, entityAt: EntityLookup): Finding[] {
  // Folding a whole text is the costly part: only documents that cover the same events, once each.
  const foldedTexts = new Map<string, string>();
  const folded = (document: ComparedDocument) => {
    let text = foldedTexts.get(document.id);
    if (text === undefined) foldedTexts.set(document.id, (text = fold(document.text)));
    return text;
  };
  const findings: Finding[] = [];
  for (const document of documents) {
    if (!related.has(document.id)) continue;
    for (const quote of document.quotes) {
      if (quote.kind !== 'direct') continue;
      const probe = fold(document.text.slice(quote.start, quote.end)).slice(0, PROBE);
      if (probe.split(' ').length < 6) continue;
      if (documents.some((other) => other.id !== document.id && related.has(other.id) && folded(other).includes(probe))) continue;
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

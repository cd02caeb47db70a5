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

/** The folded texts of the documents quotes are sought in, and the documents each word stands whole in. */
interface FoldedTexts {
  readonly textOf: ReadonlyMap<string, string>;
  readonly holdersOf: ReadonlyMap<string, readonly string[]>;
}

// Folding a whole text is the costly part: each document once, however many quotes are sought in it.
// Keyed by document id, the first document of an id standing for all of them.
function foldTexts(documents: readonly ComparedDocument[], related: ReadonlySet<string>): FoldedTexts {
  const textOf = new Map<string, string>();
  const holdersOf = new Map<string, string[]>();
  for (const document of documents) {
    if (!related.has(document.id) || textOf.has(document.id)) continue;
    const text = fold(document.text);
    textOf.set(document.id, text);
    for (const word of text.split(' ')) {
      const holders = holdersOf.get(word);
      if (!holders) holdersOf.set(word, [document.id]);
      else if (holders[holders.length - 1] !== document.id) holders.push(document.id);
    }
  }
  return { textOf, holdersOf };
}

/**
 * Whether a document other than `own` carries the probe: its whole words stand whole there, and the
 * probe is in its text. Only documents holding the probe's rarest word are searched.
 */
function carriedElsewhere({ textOf, holdersOf }: FoldedTexts, own: string, probe: string, wholeWords: readonly string[]): boolean {
  let rarest: readonly string[] | undefined;
  for (const word of wholeWords) {
    const holders = holdersOf.get(word);
    if (!holders) return false;
    if (!rarest || holders.length < rarest.length) rarest = holders;
  }
  for (const id of rarest!) {
    if (id !== own && wholeWords.every((word) => holdersOf.get(word)!.includes(id)) && textOf.get(id)!.includes(probe)) return true;
  }
  return false;
}

/**
 * Direct quotes that no other document of the analysis carries, among documents that cover the
 * same events (`related`). Each finding names the speaker where one is known.
 */
export function findUncorroboratedQuotes(documents: readonly ComparedDocument[], related: ReadonlySet<string>, entityAt: EntityLookup): Finding[] {
  const findings: Finding[] = [];
  let folded: FoldedTexts | undefined;
  for (const document of documents) {
    if (!related.has(document.id)) continue;
    for (const quote of document.quotes) {
      if (quote.kind !== 'direct') continue;
      const probe = fold(document.text.slice(quote.start, quote.end)).slice(0, PROBE);
      const words = probe.split(' ');
      if (words.length < 6) continue;
      // The probe's last word may be cut short; the words before it are whole.
      folded ??= foldTexts(documents, related);
      if (carriedElsewhere(folded, document.id, probe, words.slice(0, -1))) continue;
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

import type { Finding } from '../../../core/index.js';
import { fold, FoldedText } from './folded-text.js';
import type { ComparedDocument, EntityLookup } from './sources.js';

/** A quote counts as carried by another source if this many of its first characters appear there. */
const PROBE = 40;

/**
 * Whether a folded text carries the probe: all its whole words are words of the text, and the text
 * contains it. Where the text contains the probe, every word but the first stands whole there (the
 * probe has spaces on both sides of them), so only the first is looked up on its own.
 */
function carries(other: FoldedText, probe: string, wholeWords: readonly string[]): boolean {
  return other.mayHoldWords(wholeWords) && other.text.includes(probe) && other.holdsWord(wholeWords[0]!);
}

/**
 * Direct quotes that no other document of the analysis carries, among documents that cover the
 * same events (`related`). Each finding names the speaker where one is known.
 */
export function findUncorroboratedQuotes(
  documents: readonly ComparedDocument[],
  related: ReadonlySet<string>,
  entityAt: EntityLookup,
): Finding[] {
  // Folding a whole text is the costly part: only documents that cover the same events, once each,
  // the first document of an id standing for all of them.
  const foldedTexts = new Map<string, FoldedText>();
  for (const document of documents) {
    if (related.has(document.id) && !foldedTexts.has(document.id))
      foldedTexts.set(document.id, new FoldedText(document.text));
  }
  // Indexing every word costs about what reading a few dozen texts does: small sets are read whole.
  let holders: { holding(words: readonly string[]): ReadonlyArray<readonly [string, FoldedText]> } | null = null;
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
      // A text that carries the probe holds each of its whole words: the rarest names the few texts to read.
      holders ??= foldedTexts.size > INDEX_FROM ? new WordIndex(foldedTexts) : new AllTexts(foldedTexts);
      if (holders.holding(wholeWords).some(([id, other]) => id !== document.id && carries(other, probe, wholeWords)))
        continue;
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

/** Related texts above which a quote's candidates are found through a word index rather than by reading them all. */
const INDEX_FROM = 64;

/** Every related text, for a set small enough to read whole. */
class AllTexts {
  private readonly texts: ReadonlyArray<readonly [string, FoldedText]>;
  constructor(texts: ReadonlyMap<string, FoldedText>) {
    this.texts = [...texts];
  }
  holding(): ReadonlyArray<readonly [string, FoldedText]> {
    return this.texts;
  }
}

/** The texts each word stands whole in, so that a quote is looked for only in texts holding its words. */
class WordIndex {
  private readonly texts: ReadonlyArray<readonly [string, FoldedText]>;
  private readonly holdersOf = new Map<string, number[]>();

  constructor(texts: ReadonlyMap<string, FoldedText>) {
    this.texts = [...texts];
    this.texts.forEach(([, folded], t) => {
      for (const word of folded.text.split(' ')) {
        const list = this.holdersOf.get(word);
        if (!list) this.holdersOf.set(word, [t]);
        else if (list.at(-1) !== t) list.push(t);
      }
    });
  }

  /** The texts (id and folded text) holding the word of these that fewest texts hold. */
  holding(words: readonly string[]): Array<readonly [string, FoldedText]> {
    let rarest: readonly number[] | undefined;
    for (const word of words) {
      const list = this.holdersOf.get(word) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return (rarest ?? []).map((t) => this.texts[t]!);
  }
}

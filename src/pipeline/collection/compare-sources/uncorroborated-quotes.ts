import type { Finding, Span } from '../../../core/index.js';
import { ownCopy } from '../../../text/own-copy.js';
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

/** A probe looked for in the texts of the collection: its words, and the first two documents found to carry it. */
interface Probe {
  readonly probe: string;
  /** The probe's words but the last, which may be cut short. */
  readonly wholeWords: readonly string[];
  /** Ids of documents whose text carries the probe: two at most, as two are enough to know another than its own does. */
  readonly carriers: string[];
  /** The last document whose text was tried. */
  tried: string | null;
}

/** A direct quote of a document, with its probe: numbers and shared strings, not the document's layers. */
interface ProbedQuote {
  readonly document: ComparedDocument;
  readonly start: number;
  readonly end: number;
  readonly speakerMention: Span | null;
  readonly speakerText: string | null;
  readonly probe: Probe;
}

/**
 * The direct quotes of a collection, added one document at a time, each kept as its span and its
 * probe (the folded first 40 characters), so that each probe is looked for only in the texts
 * holding its longest whole word (see `uncorroborated`).
 */
export class ProbedQuotes {
  private readonly quotes: ProbedQuote[] = [];
  private readonly probes = new Map<string, Probe>();
  private readonly speakers = new Map<string, string>();

  add(document: ComparedDocument): void {
    for (const quote of document.quotes) {
      if (quote.kind !== 'direct') continue;
      const text = fold(document.text.slice(quote.start, quote.end)).slice(0, PROBE);
      const words = text.split(' ');
      if (words.length < 6) continue;
      let probe = this.probes.get(text);
      if (!probe) {
        const own = ownCopy(text);
        probe = { probe: own, wholeWords: own.split(' ').slice(0, -1), carriers: [], tried: null };
        this.probes.set(own, probe);
      }
      const { speakerMention, speakerText } = quote;
      let speaker = speakerText;
      if (speakerText !== null) {
        speaker = this.speakers.get(speakerText) ?? null;
        if (speaker === null) this.speakers.set(speakerText, (speaker = ownCopy(speakerText)));
      }
      this.quotes.push({
        document,
        start: quote.start,
        end: quote.end,
        speakerMention: speakerMention ? { start: speakerMention.start, end: speakerMention.end } : null,
        speakerText: speaker,
        probe,
      });
    }
  }

  /**
   * Direct quotes that no other document of the analysis carries, among documents that cover the
   * same events (`related`). Each finding names the speaker where one is known. The texts of the
   * related documents are folded one at a time, the first document of an id standing for all of
   * them, and each is tried for the probes listed under its words: a text that carries a probe holds
   * each of its whole words, so listing each probe under one of them finds every text that may. The
   * word is the longest, as long words are the rare ones: counting every text's words to find the
   * rarest cost more than the tries it saved.
   */
  uncorroborated(
    documents: readonly ComparedDocument[],
    related: ReadonlySet<string>,
    entityAt: EntityLookup,
  ): Finding[] {
    const wanted = this.quotes.filter((quote) => related.has(quote.document.id));
    const byWord = new Map<string, Probe[]>();
    for (const { probe } of wanted) {
      if (probe.tried !== null) continue;
      // Listed once: '' marks a probe listed and not yet tried.
      probe.tried = '';
      let longest = probe.wholeWords[0]!;
      for (const word of probe.wholeWords) if (word.length > longest.length) longest = word;
      const list = byWord.get(longest);
      if (list) list.push(probe);
      else byWord.set(longest, [probe]);
    }
    if (!byWord.size) return this.findingsOf(wanted, entityAt);
    // Each listed word is looked up in each text (its fingerprint first, then the text itself),
    // instead of each word of each text in the lists: a collection's probes list far fewer words
    // than its texts hold. A probe is tried once in a text either way, so the carriers are the same.
    const listed = [...byWord];
    const folded = new Set<string>();
    for (const document of documents) {
      if (!related.has(document.id) || folded.has(document.id)) continue;
      folded.add(document.id);
      const text = new FoldedText(document.text);
      for (const [word, probes] of listed) {
        if (!text.mayHoldWord(word) || !text.holdsWord(word)) continue;
        for (const probe of probes) {
          if (probe.carriers.length > 1 || probe.tried === document.id) continue;
          probe.tried = document.id;
          if (carries(text, probe.probe, probe.wholeWords)) probe.carriers.push(document.id);
        }
      }
    }
    return this.findingsOf(wanted, entityAt);
  }

  /** The findings of the quotes no other document was found to carry. */
  private findingsOf(wanted: readonly ProbedQuote[], entityAt: EntityLookup): Finding[] {
    const findings: Finding[] = [];
    for (const quote of wanted) {
      const { document } = quote;
      if (quote.probe.carriers.some((id) => id !== document.id)) continue;
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
    return findings;
  }
}

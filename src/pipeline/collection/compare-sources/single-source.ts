import type { Finding, Span } from '../../../core/index.js';
import { ownCopy } from '../../../text/own-copy.js';
import { termsOf } from '../../../text/terms.js';
import { stopwords } from '../../../lexicons/index.js';
import type { ComparedDocument, EntityLookup, PlacedEvent } from './sources.js';

/** Event types worth flagging when one source alone reports them; support and requests are too common. */
const NOTABLE = new Set(['consult', 'agree', 'cooperate', 'coerce', 'sanction', 'assault', 'mobilize', 'aid']);
/** Share of action words two commitments must share to be the same commitment. */
const SAME_ACTION = 0.34;

/** A commitment of a document, with its action words and parties (see `PlacedCommitments`). */
interface PlacedCommitment {
  readonly document: ComparedDocument;
  readonly span: Span;
  readonly alike: SharedCommitment;
}

/** What commitments alike in their action words and parties share: the words, the parties and the key. */
interface SharedCommitment {
  readonly key: string;
  readonly words: ReadonlySet<string>;
  readonly parties: ReadonlySet<string | null>;
}

/**
 * The commitments of a collection, added one document at a time: each keeps its span and what it
 * shares with the commitments alike in action words and parties (one pledge repeated by many sites),
 * worked out once per kind.
 */
export class PlacedCommitments {
  readonly placed: PlacedCommitment[] = [];
  private readonly shared = new Map<string, SharedCommitment>();

  add(document: ComparedDocument, entityAt: EntityLookup): void {
    for (const commitment of document.commitments) {
      const words = new Set(termsOf(document.text.slice(commitment.action.start, commitment.action.end), stopwords));
      const parties = new Set(commitment.partySpans.map((s) => entityAt(document.id, s)));
      const key = `${[...words].sort().join(' ')}\u0000${[...parties]
        .map((p) => p ?? '~')
        .sort()
        .join(' ')}`;
      let alike = this.shared.get(key);
      if (!alike) this.shared.set(key, (alike = { key, words: ownWords(words), parties }));
      this.placed.push({ document, span: { start: commitment.start, end: commitment.end }, alike });
    }
  }
}

/** Words cut from a text, copied so that they do not keep the text alive. */
function ownWords(words: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...words].map(ownCopy));
}

/**
 * Events and commitments only one document reports, among documents that report at least one
 * event in common (so two unrelated stories do not flag each other's every claim).
 */
export function findSingleSourceClaims(
  documents: readonly ComparedDocument[],
  events: readonly PlacedEvent[],
  echoed: readonly boolean[],
  related: ReadonlySet<string>,
  commitments: PlacedCommitments,
): Finding[] {
  if (related.size < 2) return [];
  const findings: Finding[] = [];
  for (const [i, placed] of events.entries()) {
    if (!related.has(placed.document.id) || !NOTABLE.has(placed.event.type)) continue;
    if (echoed[i]) continue;
    findings.push(
      single(
        placed.document,
        placed.event,
        `Only ${placed.document.title ?? placed.document.id} reports this ${placed.event.timing === 'future' ? 'planned ' : ''}${placed.event.mode ?? placed.event.type} event: “${sentence(placed.document, placed.event)}”`,
      ),
    );
  }
  // Commitments alike in action words and parties are one kind, and kinds are compared, not commitments.
  const kinds = new Map<string, CommitmentKind>();
  for (const { document, span, alike } of commitments.placed) {
    if (!related.has(document.id)) continue;
    const kind = kinds.get(alike.key) ?? {
      words: alike.words,
      parties: alike.parties,
      members: [],
      documents: new Set<string>(),
    };
    kinds.set(alike.key, kind);
    kind.members.push({ document, span });
    kind.documents.add(document.id);
  }
  const placedKinds = [...kinds.values()];
  // Only kinds with an action word in common can be the same, so each is compared with those alone.
  const sharers = new Map<string, number[]>();
  placedKinds.forEach(({ words }, k) => {
    for (const word of words) {
      const list = sharers.get(word);
      if (list) list.push(k);
      else sharers.set(word, [k]);
    }
  });
  const alike = (mine: CommitmentKind, theirs: CommitmentKind, common: number) =>
    common / Math.max(1, Math.min(mine.words.size, theirs.words.size)) >= SAME_ACTION &&
    (mine.parties.size === 0 || [...theirs.parties].some((p) => mine.parties.has(p)));
  const common = new Array<number>(placedKinds.length).fill(0);
  const lonely: Array<{ readonly document: ComparedDocument; readonly span: Span }> = [];
  placedKinds.forEach((mine, self) => {
    // Documents of the kinds that echo this one; two are enough to know one is not a member's own.
    const echoing = new Set<string>();
    const note = (ids: ReadonlySet<string>) => {
      for (const id of ids) {
        if (echoing.size > 1) return;
        echoing.add(id);
      }
    };
    if (mine.documents.size > 1 && alike(mine, mine, mine.words.size)) note(mine.documents);
    const met: number[] = [];
    for (const word of mine.words) {
      for (const k of sharers.get(word)!) {
        if (k === self) continue;
        if (common[k] === 0) met.push(k);
        common[k] = common[k]! + 1;
      }
    }
    for (const k of met)
      if (echoing.size < 2 && alike(mine, placedKinds[k]!, common[k]!)) note(placedKinds[k]!.documents);
    for (const k of met) common[k] = 0;
    for (const member of mine.members) if (![...echoing].some((id) => id !== member.document.id)) lonely.push(member);
  });
  // In the order of the documents and of each document's commitments, whatever the kinds' order.
  const order = new Map(documents.map((document, i) => [document, i]));
  lonely.sort(
    (x, y) => order.get(x.document)! - order.get(y.document)! || x.span.start - y.span.start || x.span.end - y.span.end,
  );
  for (const { document, span } of lonely) {
    findings.push(
      single(
        document,
        span,
        `Only ${document.title ?? document.id} reports the commitment: “${sentence(document, span)}”`,
      ),
    );
  }
  return findings;
}

/** Commitments alike in their action words and parties, from one document or several. */
interface CommitmentKind {
  readonly words: ReadonlySet<string>;
  readonly parties: ReadonlySet<string | null>;
  readonly members: Array<{ readonly document: ComparedDocument; readonly span: Span }>;
  readonly documents: Set<string>;
}

function sentence(document: ComparedDocument, span: Span): string {
  const text = document.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function single(document: ComparedDocument, span: Span, detail: string): Finding {
  return {
    kind: 'only_in_one_source',
    documents: [document.id],
    entity: null,
    detail,
    evidence: [{ document: document.id, start: span.start, end: span.end }],
  };
}

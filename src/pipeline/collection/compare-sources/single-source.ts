import type { Finding, Span } from '../../../core/index.js';
import { termsOf } from '../../../text/terms.js';
import type { ComparedDocument, EntityLookup, PlacedEvent } from './sources.js';

/** Event types worth flagging when one source alone reports them; support and requests are too common. */
const NOTABLE = new Set(['consult', 'agree', 'cooperate', 'coerce', 'sanction', 'assault', 'mobilize', 'aid']);
/** Share of action words two commitments must share to be the same commitment. */
const SAME_ACTION = 0.34;

/**
 * Events and commitments only one document reports, among documents that report at least one
 * event in common (so two unrelated stories do not flag each other's every claim).
 */
export function findSingleSourceClaims(
  documents: readonly ComparedDocument[],
  events: readonly PlacedEvent[],
  echoed: readonly boolean[],
  related: ReadonlySet<string>,
  entityAt: EntityLookup,
): Finding[] {
  if (related.size < 2) return [];
  const findings: Finding[] = [];
  for (const [i, placed] of events.entries()) {
    if (!related.has(placed.document.id) || !NOTABLE.has(placed.event.type)) continue;
    if (echoed[i]) continue;
    findings.push(single(placed.document, placed.event, `Only ${placed.document.title ?? placed.document.id} reports this ${placed.event.timing === 'future' ? 'planned ' : ''}${placed.event.mode ?? placed.event.type} event: “${sentence(placed.document, placed.event)}”`));
  }
  // Each commitment's action words and parties, computed once: each is compared with many others.
  const placedCommitments = documents.filter((d) => related.has(d.id)).flatMap((document) =>
    document.commitments.map((commitment) => ({
      document,
      commitment,
      words: new Set(termsOf(document.text.slice(commitment.action.start, commitment.action.end))),
      parties: new Set(commitment.partySpans.map((s) => entityAt(document.id, s))),
    })),
  );
  // Only commitments with an action word in common can be the same, so each is compared with those alone.
  const sharers = new Map<string, number[]>();
  placedCommitments.forEach(({ words }, k) => {
    for (const word of words) {
      const list = sharers.get(word);
      if (list) list.push(k);
      else sharers.set(word, [k]);
    }
  });
  const common = new Array<number>(placedCommitments.length).fill(0);
  for (const mine of placedCommitments) {
    const met: number[] = [];
    for (const word of mine.words) {
      for (const k of sharers.get(word)!) {
        if (placedCommitments[k]!.document.id === mine.document.id) continue;
        if (common[k] === 0) met.push(k);
        common[k] = common[k]! + 1;
      }
    }
    const echoed = met.some((k) => {
      const theirs = placedCommitments[k]!;
      const shared = common[k]! / Math.max(1, Math.min(mine.words.size, theirs.words.size));
      return shared >= SAME_ACTION && (mine.parties.size === 0 || [...theirs.parties].some((p) => mine.parties.has(p)));
    });
    for (const k of met) common[k] = 0;
    if (!echoed) findings.push(single(mine.document, mine.commitment, `Only ${mine.document.title ?? mine.document.id} reports the commitment: “${sentence(mine.document, mine.commitment)}”`));
  }
  return findings;
}

function sentence(document: ComparedDocument, span: Span): string {
  const text = document.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function single(document: ComparedDocument, span: Span, detail: string): Finding {
  return { kind: 'only_in_one_source', documents: [document.id], entity: null, detail, evidence: [{ document: document.id, start: span.start, end: span.end }] };
}

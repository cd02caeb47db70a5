import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NotFoundError, type EvidenceKind, type EvidenceProposal, type Span } from '../core/index.js';
import { partyWords } from '../lexicons/party-words.js';
import type { StandardAnalysis } from '../pipeline/index.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import { foldForLookup } from '../text/normalize.js';
import { stem, termsOf } from '../text/terms.js';
import { stripAccents } from '../text/normalize.js';
import type { Database } from '../store/schema.js';
import { AgreementsRepository, type TrackedCommitment } from '../store/repositories/agreements.repository.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import { ProposalsRepository } from '../store/repositories/proposals.repository.js';
import { writeTransaction } from '../store/write-transaction.js';
import { Bm25Index } from './bm25.js';
import { DocumentAnalyses, type Analyzer } from './document-analyses.js';

/** Tuning of evidence proposals; the defaults were set on the bundled example and the seeds. */
export interface ProposalOptions {
  /** Lowest score proposed. Default 6. */
  readonly minScore: number;
  /** Most proposals per commitment and document. Default 2. */
  readonly perDocument: number;
}

const defaults: ProposalOptions = { minScore: 6, perDocument: 2 };
const KEYWORD_BONUS = 3;
const PARTY_BONUS = 1;

interface Passage extends Span {
  readonly documentId: string;
  readonly text: string;
  readonly kind: EvidenceKind;
}

/**
 * Proposes links from what documents report to an agreement's commitments, each with a score and
 * its reason: BM25 between the commitment (title, text, keywords) and each body sentence, plus a
 * bonus for a keyword phrase and for naming the commitment's parties. Nothing is linked until a
 * reviewer accepts it.
 */
export class ProposalService {
  private readonly documents: DocumentsRepository;
  private readonly agreements: AgreementsRepository;
  private readonly proposals: ProposalsRepository;
  private readonly analyses: DocumentAnalyses;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    private readonly options: ProposalOptions = defaults,
    /** Analyses a document stored before analyses were kept (once). Default `analyzeWithinBudget`. */
    analyze: Analyzer = analyzeWithinBudget,
  ) {
    this.analyses = new DocumentAnalyses(db, analyze, now);
    this.documents = new DocumentsRepository(db);
    this.agreements = new AgreementsRepository(db);
    this.proposals = new ProposalsRepository(db);
  }

  /** Scores every stored document against an agreement's commitments; returns how many are new. */
  async propose(agreementId: string): Promise<{ proposed: number; pending: number }> {
    const agreement = await this.agreements.get(agreementId);
    if (!agreement) throw new NotFoundError('agreement', agreementId);
    const passages = await this.passages();
    const index = new Bm25Index(passages.map((p) => termsOf(p.text)));
    const createdAt = this.now().toISOString();
    const fresh: EvidenceProposal[] = [];
    for (const commitment of agreement.commitments) {
      const byDocument = new Map<string, EvidenceProposal[]>();
      passages.forEach((passage, i) => {
        const proposal = this.judge(commitment, passage, index, i);
        if (proposal) byDocument.set(passage.documentId, [...(byDocument.get(passage.documentId) ?? []), proposal]);
      });
      for (const candidates of byDocument.values()) {
        fresh.push(...candidates.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, this.options.perDocument));
      }
    }
    const proposed = await writeTransaction(this.db, (trx) => this.proposals.within(trx).addNew(fresh, createdAt));
    return { proposed, pending: (await this.proposals.list({ state: 'pending' })).length };
  }

  /**
   * Finishes the proposal work still pending: when documents were stored but not yet proposed from
   * (a new ingest, an upload, or a run killed in between), proposes for every agreement and then
   * marks those documents done. Safe to repeat: proposals are keyed by content, and a document is
   * marked only after every agreement's proposals are stored. Returns nothing when nothing was pending.
   */
  async proposePending(): Promise<Array<{ agreementId: string; proposed: number; pending: number }>> {
    const ids = await this.documents.unproposedIds();
    if (!ids.length) return [];
    const results = [];
    for (const agreement of await this.agreements.list()) results.push({ agreementId: agreement.id, ...(await this.propose(agreement.id)) });
    const at = this.now().toISOString();
    await writeTransaction(this.db, (trx) => this.documents.within(trx).markProposed(ids, at));
    return results;
  }

  private judge(commitment: TrackedCommitment, passage: Passage, index: Bm25Index, i: number): EvidenceProposal | null {
    const query = termsOf([commitment.title, commitment.text, ...commitment.keywords].join(' '));
    const { score: bm25, matched } = index.score(query, i);
    if (matched.length < 2) return null;
    const folded = ` ${foldForLookup(passage.text).replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
    const keywords = commitment.keywords.filter((k) => k.includes(' ') && folded.includes(` ${foldForLookup(k)} `));
    const parties = commitment.parties.filter((code) => (partyWords[code] ?? []).some((word) => folded.includes(` ${word} `)));
    const score = Math.round((bm25 + KEYWORD_BONUS * keywords.length + PARTY_BONUS * parties.length) * 100) / 100;
    if (score < this.options.minScore) return null;
    const reasons = [`shares ${surfaceWords(passage.text, matched.slice(0, 6)).map((t) => `"${t}"`).join(', ')} with the commitment`];
    if (keywords.length) reasons.push(`uses the phrase${keywords.length > 1 ? 's' : ''} ${keywords.map((k) => `"${k}"`).join(', ')}`);
    if (parties.length) reasons.push(`names ${parties.join(' and ')}`);
    const id = createHash('sha256').update(`${commitment.id}|${passage.documentId}|${passage.start}|${passage.end}`).digest('hex').slice(0, 16);
    return {
      id, commitmentId: commitment.id, documentId: passage.documentId, start: passage.start, end: passage.end, kind: passage.kind,
      score, reason: reasons.join('; '), state: 'pending', reviewedBy: null, reviewedAt: null,
    };
  }

  /**
   * The body sentences of every stored document, from its stored analysis. A headline or heading
   * is never evidence (it is the outlet's summary, not a report), nor is furniture.
   */
  private async passages(): Promise<Passage[]> {
    const passages: Passage[] = [];
    const ids = await this.documents.ids();
    for (let i = 0; i < ids.length; i += 200) {
      for (const analysis of await this.analyses.load(ids.slice(i, i + 200))) {
        const { document } = analysis;
        const { clean } = analysis.layers;
        const notBody = [...(clean.title?.span ? [clean.title.span] : []), ...clean.headings, ...clean.chrome];
        for (const sentence of analysis.layers.sentences) {
          if (notBody.some((span) => span.start < sentence.end && sentence.start < span.end)) continue;
          passages.push({ documentId: document.id, start: sentence.start, end: sentence.end, text: document.text.slice(sentence.start, sentence.end), kind: kindOf(analysis, sentence) });
        }
      }
    }
    return passages;
  }
}

/**
 * The passage's own words for matched stems, so a reason reads "investigations", not "investig":
 * the first word of the passage with each stem, in lower case (the stem itself when none has it).
 */
function surfaceWords(text: string, stems: readonly string[]): string[] {
  const wanted = new Set(stems);
  const found = new Map<string, string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const lower = word.toLowerCase();
    const key = stem(stripAccents(lower));
    if (wanted.has(key) && !found.has(key)) found.set(key, lower);
    if (found.size === wanted.size) break;
  }
  return stems.map((s) => found.get(s) ?? s);
}

/** What the sentence holds that the pipeline extracted, so the reviewer sees a quote as a quote. */
function kindOf(analysis: StandardAnalysis, sentence: Span): EvidenceKind {
  const layers = analysis.layers as unknown as Partial<Record<string, readonly Span[]>>;
  const within = (name: string) => (layers[name] ?? []).some((item) => item.start < sentence.end && sentence.start < item.end);
  if (within('commitments')) return 'commitment';
  if (within('events')) return 'event';
  if (within('quotes')) return 'quote';
  if (within('figures')) return 'figure';
  return 'sentence';
}

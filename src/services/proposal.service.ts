import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NotFoundError, type EvidenceProposal } from '../core/index.js';
import { stopwords } from '../lexicons/index.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import type { StandardAnalysis } from '../pipeline/index.js';
import { foldForLookup } from '../text/normalize.js';
import { stem, termsOf } from '../text/terms.js';
import { stripAccents } from '../text/normalize.js';
import type { Database } from '../store/schema.js';
import { AgreementsRepository, type TrackedCommitment } from '../store/repositories/agreements.repository.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import { PassageTermsRepository } from '../store/repositories/passage-terms.repository.js';
import { ProposalsRepository } from '../store/repositories/proposals.repository.js';
import { backgroundCheckpoints } from '../store/background-checkpoints.js';
import { writeTransaction } from '../store/write-transaction.js';
import { DocumentAnalyses, type Analyzer } from './document-analyses.js';
import { passageCacheOf } from './passage-cache.js';
import {
  addCounts,
  Bm25Counts,
  countTerms,
  foldedText,
  namesParty,
  passageAt,
  passageCount,
  passagesOf,
  type DocumentPassages,
  type Passage,
  type TermCounts,
} from './proposal-passages.js';

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
/** Documents whose analyses are read at once when going over the whole store. */
const BATCH = 200;
/**
 * Pending documents judged and stored at once (see `proposePending`). A batch's passages are held
 * in memory, with their documents' texts: about 90 MB for 2,000 generated articles of 15 KB (see
 * `PassageSet`), where a whole ingest of 90,000 ran out of heap.
 */
const PENDING_BATCH = 2_000;
/**
 * Pending documents from which the store's checkpoints are made by a thread of their own while the
 * proposals are stored (see background-checkpoints.ts): about 15 proposals a document, so that a
 * few thousand documents write a log that the writer would otherwise copy into the store itself.
 */
const BACKGROUND_CHECKPOINTS_FROM = 1_000;
/** Pending batches whose own term counts are kept from counting them all to storing them (a map of a few MB each). */
const BATCH_COUNTS_KEPT = 10;

/** A commitment as proposals see it: its query terms, worked out once. */
interface Query {
  readonly commitment: TrackedCommitment;
  /** The distinct terms of title, text and keywords, in order of first use. */
  readonly terms: readonly string[];
  readonly fingerprint: string;
  /** Its keywords of more than one word, each with its folded form as a passage's folded text holds it. */
  readonly phrases: ReadonlyArray<{ readonly keyword: string; readonly folded: string }>;
}

/** The result of proposing for one agreement. */
export interface ProposalRun {
  readonly agreementId: string;
  readonly proposed: number;
  readonly pending: number;
}

/**
 * Proposes links from what documents report to an agreement's commitments, each with a score and
 * its reason: BM25 between the commitment (title, text, keywords) and each body sentence, plus a
 * bonus for a keyword phrase and for naming the commitment's parties. Nothing is linked until a
 * reviewer accepts it. The store keeps how many passages hold each term, so new documents are
 * scored against the whole store without reading the rest of it again; a commitment is proposed
 * against every document only when it is new or changed.
 */
export class ProposalService {
  private readonly documents: DocumentsRepository;
  private readonly agreements: AgreementsRepository;
  private readonly proposals: ProposalsRepository;
  private readonly terms: PassageTermsRepository;
  private readonly analyses: DocumentAnalyses;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    private readonly options: ProposalOptions = defaults,
    /** Analyses a document stored before analyses were kept (once). Default `analyzeWithinBudget`. */
    analyze: Analyzer = analyzeWithinBudget,
    /** Pending documents judged and stored at once (see `proposePending`). */
    private readonly pendingBatch = PENDING_BATCH,
  ) {
    this.analyses = new DocumentAnalyses(db, analyze, now);
    this.documents = new DocumentsRepository(db);
    this.agreements = new AgreementsRepository(db);
    this.proposals = new ProposalsRepository(db);
    this.terms = new PassageTermsRepository(db);
  }

  /** Scores every stored document against an agreement's commitments; returns how many are new. */
  async propose(agreementId: string): Promise<{ proposed: number; pending: number }> {
    const queries = await this.queries(agreementId);
    await this.countStoreIfNeeded();
    const pendingIds = await this.documents.unproposedIds();
    const scorer = await this.scorer((await this.countPending(pendingIds, 0)).total, queries);
    const fresh: EvidenceProposal[] = [];
    for (let i = 0; i < pendingIds.length; i += this.pendingBatch)
      fresh.push(...this.judgeAll(queries, await this.passagesOf(pendingIds.slice(i, i + this.pendingBatch)), scorer));
    await this.eachStoredBatch(new Set(pendingIds), (passages) =>
      fresh.push(...this.judgeAll(queries, passages, scorer)),
    );
    const proposed = await writeTransaction(this.db, async (trx) => {
      await this.terms
        .within(trx)
        .setFingerprints(agreementId, new Map(queries.map((q) => [q.commitment.id, q.fingerprint])));
      return this.proposals.within(trx).addNew(fresh, this.now().toISOString());
    });
    return { proposed, pending: await this.proposals.count({ state: 'pending' }) };
  }

  /**
   * Finishes the proposal work still pending: documents stored but not yet proposed from (a new
   * ingest, an upload, or a run killed in between) are proposed against every commitment, and new
   * or changed commitments against every document. Pending documents are judged a batch at a time,
   * each batch's proposals stored, its documents counted into the term statistics and marked done
   * in one transaction, so that memory holds one batch's passages however many are pending. Every
   * batch is scored with the statistics of the store and all pending documents together, which
   * counting a batch in does not change: a run killed between batches is finished by the next with
   * the same scores. Safe to repeat: proposals are keyed by content. Returns nothing when nothing
   * was pending.
   */
  async proposePending(): Promise<ProposalRun[]> {
    await this.countStoreIfNeeded();
    const pendingIds = await this.documents.unproposedIds();
    const agreements = await Promise.all(
      (await this.agreements.list()).map(async ({ id }) => ({
        id,
        queries: await this.queries(id),
        known: await this.terms.fingerprints(id),
      })),
    );
    const changed = (a: (typeof agreements)[number]) =>
      a.queries.filter((q) => a.known.get(q.commitment.id) !== q.fingerprint);
    if (!pendingIds.length && !agreements.some((a) => changed(a).length)) return [];
    const pendingCounts = await this.countPending(pendingIds, BATCH_COUNTS_KEPT);
    const scorer = await this.scorer(
      pendingCounts.total,
      agreements.flatMap((a) => a.queries),
    );
    const at = this.now().toISOString();
    const proposed = new Map(agreements.map(({ id }) => [id, 0]));
    const stopCheckpoints =
      pendingIds.length >= BACKGROUND_CHECKPOINTS_FROM ? await backgroundCheckpoints(this.db) : async () => undefined;
    try {
      await this.proposeBatches(pendingIds, agreements, pendingCounts.batches, scorer, at, proposed);
    } finally {
      await stopCheckpoints();
    }
    // New or changed commitments against the documents proposed from before (the pending ones were judged above).
    const rescored = new Map<string, EvidenceProposal[]>();
    const pending = new Set(pendingIds);
    for (const agreement of agreements) {
      const rescore = changed(agreement);
      const found: EvidenceProposal[] = [];
      if (rescore.length)
        await this.eachStoredBatch(pending, (passages) => found.push(...this.judgeAll(rescore, passages, scorer)));
      rescored.set(agreement.id, found);
    }
    await writeTransaction(this.db, async (trx) => {
      for (const [id, found] of rescored)
        proposed.set(id, proposed.get(id)! + (await this.proposals.within(trx).addNew(found, at)));
      for (const agreement of agreements)
        await this.terms
          .within(trx)
          .setFingerprints(agreement.id, new Map(agreement.queries.map((q) => [q.commitment.id, q.fingerprint])));
    });
    const waiting = await this.proposals.count({ state: 'pending' });
    return agreements.map(({ id }) => ({ agreementId: id, proposed: proposed.get(id)!, pending: waiting }));
  }

  /**
   * Judges the pending documents a batch at a time and stores each batch's proposals, term counts
   * and marks in one transaction (see `proposePending`), adding to `proposed` what each agreement got.
   */
  private async proposeBatches(
    pendingIds: readonly string[],
    agreements: ReadonlyArray<{ readonly id: string; readonly queries: readonly Query[] }>,
    batchCounts: readonly TermCounts[],
    scorer: Bm25Counts,
    at: string,
    proposed: Map<string, number>,
  ): Promise<void> {
    for (let i = 0; i < pendingIds.length; i += this.pendingBatch) {
      const batch = pendingIds.slice(i, i + this.pendingBatch);
      const passages = await this.passagesOf(batch);
      const found = agreements.map(({ id, queries }) => ({ id, found: [...this.judgeAll(queries, passages, scorer)] }));
      await writeTransaction(this.db, async (trx) => {
        for (const { id, found: proposals } of found)
          proposed.set(id, proposed.get(id)! + (await this.proposals.within(trx).addNew(proposals, at)));
        // Another run may have counted some of these documents meanwhile: count only the rest.
        const documents = this.documents.within(trx);
        const still = await documents.stillUnproposed(batch);
        const counts =
          still.size === batch.length
            ? (batchCounts[i / this.pendingBatch] ?? countTerms(still.size, passages))
            : countTerms(
                still.size,
                passages.filter((set) => still.has(set.documentId)),
              );
        await this.terms.within(trx).add(counts.frequencies, counts);
        await documents.markProposed([...still], at);
      });
      passageCacheOf(this.db).forget(batch);
    }
  }

  /** The commitments of an agreement with their query terms. */
  private async queries(agreementId: string): Promise<Query[]> {
    const agreement = await this.agreements.get(agreementId);
    if (!agreement) throw new NotFoundError('agreement', agreementId);
    return agreement.commitments.map((commitment) => {
      const { title, text, keywords, parties } = commitment;
      const fingerprint = createHash('sha256')
        .update(JSON.stringify([title, text, keywords, parties, this.options]))
        .digest('hex')
        .slice(0, 32);
      return {
        commitment,
        terms: [...new Set(termsOf([title, text, ...keywords].join(' '), stopwords))],
        fingerprint,
        phrases: keywords
          .filter((keyword) => keyword.includes(' '))
          .map((keyword) => ({ keyword, folded: ` ${foldForLookup(keyword)} ` })),
      };
    });
  }

  /**
   * The term counts of the documents not yet proposed from, read a batch at a time (of
   * `pendingBatch`), with the own counts of the first `keep` batches, which storing a batch adds to
   * the statistics: counted once, not again when it is stored.
   */
  private async countPending(
    ids: readonly string[],
    keep: number,
  ): Promise<{ total: TermCounts; batches: TermCounts[] }> {
    const total = countTerms(ids.length, []);
    const batches: TermCounts[] = [];
    for (let i = 0; i < ids.length; i += this.pendingBatch) {
      const batch = ids.slice(i, i + this.pendingBatch);
      const counts = countTerms(batch.length, await this.passagesOf(batch));
      addCounts(total, { ...counts, documents: 0 });
      if (batches.length < keep) batches.push(counts);
    }
    return { total, batches };
  }

  /**
   * The passages of some documents: those this process has just stored come with them (see
   * passage-cache.ts); the rest are made from their stored analyses.
   */
  private async passagesOf(ids: readonly string[]): Promise<DocumentPassages[]> {
    const cache = passageCacheOf(this.db);
    const passages: DocumentPassages[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const loaded = new Map(
        (await this.analyses.load(batch.filter((id) => !cache.get(id)))).map((analysis) => [
          analysis.document.id,
          analysis,
        ]),
      );
      for (const id of batch) {
        const analysis = loaded.get(id);
        const set = cache.get(id) ?? (analysis && withText(analysis));
        if (set) passages.push(set);
      }
    }
    return passages;
  }

  /** BM25 over the documents counted in the store plus the pending ones, for these queries' terms. */
  private async scorer(pending: TermCounts, queries: readonly Query[]): Promise<Bm25Counts> {
    const totals = await this.terms.totals();
    const frequencies = await this.terms.frequencies([...new Set(queries.flatMap((q) => q.terms))]);
    for (const [term, n] of frequencies) frequencies.set(term, n + (pending.frequencies.get(term) ?? 0));
    return new Bm25Counts(totals.passages + pending.passages, totals.terms + pending.terms, frequencies);
  }

  /** Calls `visit` with the passages of every stored document but these, a batch at a time. */
  private async eachStoredBatch(
    except: ReadonlySet<string>,
    visit: (passages: DocumentPassages[]) => void,
  ): Promise<void> {
    const ids = (await this.documents.ids()).filter((id) => !except.has(id));
    for (let i = 0; i < ids.length; i += BATCH)
      visit((await this.analyses.load(ids.slice(i, i + BATCH))).map(withText));
  }

  /**
   * Counts every document proposed from into the term statistics, when they do not count exactly
   * those (a store made before they were kept). Writes only if no other run counted meanwhile.
   */
  private async countStoreIfNeeded(): Promise<void> {
    const proposed = await this.documents.countProposed();
    if ((await this.terms.totals()).documents === proposed) return;
    const unproposed = new Set(await this.documents.unproposedIds());
    const counts = countTerms(0, []);
    await this.eachStoredBatch(unproposed, (passages) => {
      addCounts(counts, countTerms(passages.filter((set) => passageCount(set)).length, passages));
    });
    counts.documents = proposed;
    await writeTransaction(this.db, async (trx) => {
      const terms = this.terms.within(trx);
      if ((await terms.totals()).documents === (await this.documents.within(trx).countProposed())) return;
      await terms.clear();
      await terms.add(counts.frequencies, counts);
    });
  }

  /** The best proposals of each commitment in each document of these passages. */
  private *judgeAll(
    queries: readonly Query[],
    sets: readonly DocumentPassages[],
    scorer: Bm25Counts,
  ): Generator<EvidenceProposal> {
    // A proposal needs two of the query's terms: only the passages holding two are scored. Each of
    // a document's distinct terms is looked up once among the queries' few terms, so a passage's
    // candidacy for every query is known in one walk over its terms, in passage order.
    const queriesOf = new Map<string, number[]>();
    for (const [q, query] of queries.entries())
      for (const term of query.terms) {
        const list = queriesOf.get(term);
        if (list) list.push(q);
        else queriesOf.set(term, [q]);
      }
    // Each candidate as two entries: its set's index, then its passage's index in the set.
    const candidatesOf: number[][] = queries.map(() => []);
    const shared = new Uint16Array(queries.length);
    for (const [s, set] of sets.entries()) {
      const holdingOf = set.terms.map((term) => queriesOf.get(term));
      for (let p = 0; p < passageCount(set); p++) {
        let touched = false;
        for (let k = set.firstTerm[p]!; k < set.firstTerm[p + 1]!; k++) {
          const holding = holdingOf[set.termIds[k]!];
          if (!holding) continue;
          touched = true;
          for (const q of holding) if (shared[q]!++ === 1) candidatesOf[q]!.push(s, p);
        }
        if (touched) shared.fill(0);
      }
    }
    // A passage's text is sliced once, however many commitments it is a candidate for, so that what
    // judging works out from its text (see `foldedText`) is kept for the next commitment.
    const passages = new Map<number, Passage>();
    const passageOf = (s: number, p: number) => {
      const key = s * 2 ** 32 + p;
      let passage = passages.get(key);
      if (!passage) passages.set(key, (passage = passageAt(sets[s]!, p)));
      return passage;
    };
    for (const [q, query] of queries.entries()) {
      const candidates = candidatesOf[q]!;
      const positionOf = new Map(query.terms.map((term, i) => [term, i]));
      const counts = new Uint32Array(query.terms.length);
      const byDocument = new Map<string, Judged[]>();
      for (let c = 0; c < candidates.length; c += 2) {
        const set = sets[candidates[c]!]!;
        const p = candidates[c + 1]!;
        counts.fill(0);
        for (let k = set.firstTerm[p]!; k < set.firstTerm[p + 1]!; k++) {
          const i = positionOf.get(set.terms[set.termIds[k]!]!);
          if (i !== undefined) counts[i] = set.termCounts[k]!;
        }
        const judged = this.judge(query, scorer.score(query.terms, counts, set.lengths[p]!), () =>
          passageOf(candidates[c]!, p),
        );
        if (!judged) continue;
        const list = byDocument.get(set.documentId);
        if (list) list.push(judged);
        else byDocument.set(set.documentId, [judged]);
      }
      // The reasons are written for the proposals kept only: most passages that score are cut here.
      for (const judged of byDocument.values())
        for (const best of judged
          .sort((a, b) => b.score - a.score || a.passage.start - b.passage.start)
          .slice(0, this.options.perDocument))
          yield proposalOf(query.commitment, best);
    }
  }

  /** A passage's score for a commitment, when it shares two of its terms and scores enough. */
  private judge(
    { commitment, phrases }: Query,
    { score: bm25, matched }: { score: number; matched: string[] },
    passageOf: () => Passage,
  ): Judged | null {
    if (matched.length < 2) return null;
    // Even every phrase and party would not lift it to the lowest score: no need to read its words.
    if (bm25 + KEYWORD_BONUS * phrases.length + PARTY_BONUS * commitment.parties.length < this.options.minScore - 0.005)
      return null;
    const passage = passageOf();
    const folded = foldedText(passage);
    const keywords = phrases.filter((phrase) => folded.includes(phrase.folded)).map((phrase) => phrase.keyword);
    const parties = commitment.parties.filter((code) => namesParty(passage, code));
    const score = Math.round((bm25 + KEYWORD_BONUS * keywords.length + PARTY_BONUS * parties.length) * 100) / 100;
    return score < this.options.minScore ? null : { passage, score, matched, keywords, parties };
  }
}

/** The passages of an analysed document, with its text. */
function withText(analysis: StandardAnalysis): DocumentPassages {
  return { ...passagesOf(analysis), text: analysis.document.text };
}

/** A passage that scores for a commitment, with what earned the score. */
interface Judged {
  readonly passage: Passage;
  readonly score: number;
  /** The query terms it holds. */
  readonly matched: readonly string[];
  /** The commitment's keyword phrases it uses. */
  readonly keywords: readonly string[];
  /** The commitment's parties it names. */
  readonly parties: readonly string[];
}

/** The proposal of a passage for a commitment, with its reason and an id keyed by content. */
function proposalOf(
  commitment: TrackedCommitment,
  { passage, score, matched, keywords, parties }: Judged,
): EvidenceProposal {
  const reasons = [
    `shares ${surfaceWords(passage.text, matched.slice(0, 6))
      .map((t) => `"${t}"`)
      .join(', ')} with the commitment`,
  ];
  if (keywords.length)
    reasons.push(`uses the phrase${keywords.length > 1 ? 's' : ''} ${keywords.map((k) => `"${k}"`).join(', ')}`);
  if (parties.length) reasons.push(`names ${parties.join(' and ')}`);
  const id = createHash('sha256')
    .update(`${commitment.id}|${passage.documentId}|${passage.start}|${passage.end}`)
    .digest('hex')
    .slice(0, 16);
  return {
    id,
    commitmentId: commitment.id,
    documentId: passage.documentId,
    start: passage.start,
    end: passage.end,
    kind: passage.kind,
    score,
    reason: reasons.join('; '),
    state: 'pending',
    reviewedBy: null,
    reviewedAt: null,
  };
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

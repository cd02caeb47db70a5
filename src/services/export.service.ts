import type { Kysely } from 'kysely';
import { NotFoundError, statusLabels, statusWords, type Evidence } from '../core/index.js';
import { analysisRecords, sourceOf, type AnalysisRecords } from '../export/analysis-records.js';
import type { CitedSpanRecord, CommitmentEvidenceRecord, EvidenceBundle } from '../export/evidence-bundle.js';
import { analyzeCollection, isFailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import type { ReadLimits } from '../readers/index.js';
import type { Database } from '../store/schema.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import { analyzePaths, type InputProblem } from './analysis.service.js';
import { TrackingService } from './tracking.service.js';

/**
 * The exports analysts take elsewhere: the events, quotes and figures of the stored documents, and
 * the evidence behind each commitment. Formatting (CSV, JSON) is `src/export`'s; this gathers the data.
 */
export class ExportService {
  private readonly documents: DocumentsRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.documents = new DocumentsRepository(db);
  }

  /** Events, quotes and figures of every stored document, analysed as one collection (shared entity ids). */
  async records(): Promise<AnalysisRecords> {
    const analyses: StandardAnalysis[] = [];
    for (const id of await this.documents.ids()) {
      const document = await this.documents.sourceDocument(id);
      if (!document) continue;
      const result = await analyzeWithinBudget(document);
      if (!isFailedAnalysis(result)) analyses.push(result);
    }
    return analysisRecords(analyses, analyzeCollection(analyses));
  }

  /**
   * The evidence bundle of an agreement's commitments, or of one commitment: each status, each
   * party's assessment with the spans it cites, the change log, and the accepted evidence, every
   * span quoted with its document. NotFoundError for an unknown agreement or commitment.
   */
  async evidence(options: { agreementId: string; commitmentId?: string; today?: string }): Promise<EvidenceBundle> {
    const tracking = new TrackingService(this.db, this.now);
    const board = await tracking.board(options.agreementId, options.today);
    const chosen = options.commitmentId
      ? board.commitments.filter((c) => c.id === options.commitmentId)
      : board.commitments;
    if (options.commitmentId && !chosen.length) throw new NotFoundError('commitment', options.commitmentId);
    const cite = this.citer();
    const commitments: CommitmentEvidenceRecord[] = [];
    for (const view of chosen) {
      const detail = await tracking.commitment(view.id, board.overdueAsOf);
      commitments.push({
        id: view.id,
        title: view.title,
        text: view.text,
        area: view.area,
        parties: view.parties,
        due: view.due,
        cadence: view.cadence,
        overdue: view.overdue,
        jointStatus: view.jointStatus,
        jointStatusLabel: statusLabels[view.jointStatus],
        assessments: await Promise.all(
          view.parties.map(async (party) => {
            const a = detail.assessments.find((x) => x.party === party);
            return a
              ? {
                  party,
                  status: a.status,
                  statusLabel: statusLabels[a.status],
                  narrative: a.narrative,
                  updatedAt: a.updatedAt,
                  updatedBy: a.updatedBy,
                  evidence: await cite(a.evidence),
                }
              : {
                  party,
                  status: null,
                  statusLabel: statusWords(null),
                  narrative: null,
                  updatedAt: null,
                  updatedBy: null,
                  evidence: [],
                };
          }),
        ),
        history: await Promise.all(
          detail.history.map(async (h) => ({
            id: h.id,
            scope: h.scope,
            from: h.from,
            to: h.to,
            at: h.at,
            by: h.by,
            reason: h.reason,
            evidence: await cite(h.evidence),
          })),
        ),
        evidence: await cite(detail.evidence),
      });
    }
    return {
      agreement: {
        id: board.id,
        title: board.title,
        date: board.date,
        illustrative: board.illustrative,
        factsAsOf: board.factsAsOf,
        overdueAsOf: board.overdueAsOf,
      },
      commitments,
    };
  }

  /** Quotes evidence spans with their documents, reading each document once. */
  private citer() {
    const cache = new Map<string, Promise<{ text: string; source: CitedSpanRecord['source'] } | null>>();
    const load = (id: string) => {
      let loaded = cache.get(id);
      if (!loaded) cache.set(id, (loaded = this.citedDocument(id)));
      return loaded;
    };
    return (evidence: readonly Evidence[]): Promise<CitedSpanRecord[]> =>
      Promise.all(
        evidence.map(async (e) => {
          const document = await load(e.documentId);
          const source = document?.source ?? {
            document: e.documentId,
            title: null,
            url: null,
            name: null,
            published: null,
            language: '',
          };
          return {
            kind: e.kind,
            start: e.start,
            end: e.end,
            text: document ? document.text.slice(e.start, e.end) : null,
            note: e.note,
            source,
          };
        }),
      );
  }

  private async citedDocument(id: string) {
    const document = await this.documents.get(id);
    if (!document) return null;
    const locator = (await this.documents.locatorsOf(id))[0]?.locator;
    const source = locator === undefined ? {} : /^https?:/.test(locator) ? { url: locator } : { path: locator };
    return { text: document.text, source: sourceOf(id, source, document.title, document.published, document.language) };
  }
}

/** Events, quotes and figures of files and folders read now, without a store; bad inputs become problems. */
export async function recordsOfPaths(
  paths: readonly string[],
  limits: ReadLimits,
): Promise<{ records: AnalysisRecords; problems: readonly InputProblem[] }> {
  const run = await analyzePaths(paths, limits);
  return { records: analysisRecords(run.analyses, analyzeCollection(run.analyses)), problems: run.problems };
}

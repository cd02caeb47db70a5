import { statusLabels, type EvidenceKind, type ImplementationStatus } from '../core/index.js';
import type { SourceRecord } from './analysis-records.js';
import type { CsvTable, CsvValue } from './csv.js';

/** A cited span of a stored document: the sentence, where it is, and which document says it. */
export interface CitedSpanRecord {
  readonly kind: EvidenceKind;
  readonly start: number;
  readonly end: number;
  /** The words cited; null when the document is no longer stored. */
  readonly text: string | null;
  readonly note: string | null;
  readonly source: SourceRecord;
}

/** One party's own assessment of a commitment, or null status when it has not assessed it. */
export interface AssessmentRecord {
  readonly party: string;
  readonly status: ImplementationStatus | null;
  readonly statusLabel: string;
  readonly narrative: string | null;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  readonly evidence: readonly CitedSpanRecord[];
}

/** A row of the change log: the joint status or one party's assessment moved. */
export interface ChangeRecord {
  readonly id: string;
  readonly scope: string;
  readonly from: ImplementationStatus | null;
  readonly to: ImplementationStatus;
  readonly at: string;
  readonly by: string;
  readonly reason: string;
  readonly evidence: readonly CitedSpanRecord[];
}

/** Everything that backs one commitment's status: each party's view, the log, and the accepted evidence. */
export interface CommitmentEvidenceRecord {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly area: string;
  readonly parties: readonly string[];
  readonly due: string | null;
  readonly cadence: string | null;
  readonly overdue: boolean;
  readonly jointStatus: ImplementationStatus;
  readonly jointStatusLabel: string;
  readonly assessments: readonly AssessmentRecord[];
  readonly history: readonly ChangeRecord[];
  /** Sentences reviewers accepted as evidence of the commitment. */
  readonly evidence: readonly CitedSpanRecord[];
}

/** The evidence bundle of one agreement's commitments (all of them, or the one asked for). */
export interface EvidenceBundle {
  readonly agreement: {
    readonly id: string;
    readonly title: string;
    readonly date: string;
    readonly illustrative: boolean;
    readonly factsAsOf: string | null;
    /** The day `overdue` was counted on. */
    readonly overdueAsOf: string;
  };
  readonly commitments: readonly CommitmentEvidenceRecord[];
}

/** The columns of `puente export evidence --format csv`: one row per status, assessment, change and cited span. */
export const evidenceColumns = [
  'record',
  'commitment_id',
  'commitment_title',
  'scope',
  'change_id',
  'status',
  'status_label',
  'from_status',
  'by',
  'at',
  'note',
  'evidence_kind',
  'document_id',
  'document_title',
  'source_url',
  'source_name',
  'published',
  'start',
  'end',
  'text',
] as const;

type EvidenceRow = Record<(typeof evidenceColumns)[number], CsvValue>;

const blank: EvidenceRow = Object.fromEntries(evidenceColumns.map((c) => [c, null])) as EvidenceRow;

function citedRow(base: Partial<EvidenceRow>, cited: CitedSpanRecord): EvidenceRow {
  return {
    ...blank,
    ...base,
    record: 'evidence',
    note: cited.note,
    evidence_kind: cited.kind,
    document_id: cited.source.document,
    document_title: cited.source.title,
    source_url: cited.source.url,
    source_name: cited.source.name,
    published: cited.source.published,
    start: cited.start,
    end: cited.end,
    text: cited.text,
  };
}

/**
 * The bundle as one long table: for each commitment its joint status, each party's assessment
 * followed by the spans it cites, each change with its spans, then the accepted evidence.
 */
export function evidenceTable(bundle: EvidenceBundle): CsvTable<(typeof evidenceColumns)[number]> {
  const rows: EvidenceRow[] = [];
  for (const c of bundle.commitments) {
    const base = { commitment_id: c.id, commitment_title: c.title };
    rows.push({
      ...blank,
      ...base,
      record: 'status',
      scope: 'joint',
      status: c.jointStatus,
      status_label: c.jointStatusLabel,
      note: c.overdue ? `overdue as of ${bundle.agreement.overdueAsOf}` : null,
    });
    for (const a of c.assessments) {
      rows.push({
        ...blank,
        ...base,
        record: 'assessment',
        scope: a.party,
        status: a.status,
        status_label: a.statusLabel,
        by: a.updatedBy,
        at: a.updatedAt,
        note: a.narrative,
      });
      for (const cited of a.evidence) rows.push(citedRow({ ...base, scope: a.party }, cited));
    }
    for (const change of c.history) {
      rows.push({
        ...blank,
        ...base,
        record: 'change',
        scope: change.scope,
        change_id: change.id,
        status: change.to,
        status_label: statusLabels[change.to],
        from_status: change.from,
        by: change.by,
        at: change.at,
        note: change.reason,
      });
      for (const cited of change.evidence)
        rows.push(citedRow({ ...base, scope: change.scope, change_id: change.id }, cited));
    }
    for (const cited of c.evidence) rows.push(citedRow({ ...base, scope: 'commitment' }, cited));
  }
  return { columns: evidenceColumns, rows };
}

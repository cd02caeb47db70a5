// The API's JSON shapes, as the web app reads them. Analysis items follow the contract
// (../shared/contract/analysis.schema.json); extraction layers may be empty, and fields may be added.

export interface Span { readonly start: number; readonly end: number; readonly text?: string | null }

export interface Entity {
  readonly id: string;
  readonly kind: 'person' | 'organization' | 'place' | 'country' | string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly role?: string | null;
  readonly country?: string | null;
  readonly mentions?: number;
}
export interface Mention extends Span { readonly entity: string; readonly kind?: string; readonly role?: string | null }
export interface Quote extends Span { readonly kind: 'direct' | 'indirect' | string; readonly speaker: string | null; readonly speakerText?: string | null }
export interface Figure extends Span {
  readonly value: number | null; readonly unit: string | null; readonly per?: string | null;
  readonly measures?: string | null; readonly period?: string | null; readonly qualifier?: string | null;
}
export interface DateMention extends Span { readonly value: string | null; readonly certainty?: string; readonly grain?: string }
export interface EventItem extends Span {
  readonly type: string; readonly actors: readonly string[]; readonly date: string | null; readonly place?: string | null;
  readonly mode?: string | null; readonly context?: readonly string[]; readonly timing?: string; readonly recipients?: readonly string[];
}
export interface CommitmentItem extends Span { readonly parties: readonly string[]; readonly action: string; readonly deadline?: string | null }
export interface ChromeSpan extends Span { readonly reason?: string }

export interface DocumentAnalysis {
  readonly id: string;
  readonly source?: { readonly path?: string; readonly url?: string; readonly name?: string };
  readonly text: string;
  readonly title: string | null;
  readonly subtitle?: string | null;
  readonly published: string | null;
  readonly authors?: readonly string[];
  readonly language: string;
  readonly chrome: readonly ChromeSpan[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  readonly events: readonly EventItem[];
  readonly commitments: readonly CommitmentItem[];
}
export interface FindingEvidence extends Span { readonly document: string }
export interface Finding {
  readonly kind: string; readonly documents: readonly string[]; readonly entity?: string | null;
  readonly detail: string; readonly evidence?: readonly FindingEvidence[];
}
export interface Analysis { readonly entities: readonly Entity[]; readonly documents: readonly DocumentAnalysis[]; readonly findings: readonly Finding[] }

export interface StoredDocument {
  readonly id: string; readonly title: string | null; readonly subtitle?: string | null; readonly published: string | null;
  readonly authors: readonly string[]; readonly language: string; readonly format: string; readonly byteSize?: number;
  readonly locators?: readonly { readonly locator: string; readonly version: number }[];
}

export type Status = 'not_started' | 'minimal' | 'intermediate' | 'complete' | 'no_evidence' | 'stalled' | 'disputed';
export const statuses: readonly Status[] = ['not_started', 'minimal', 'intermediate', 'complete', 'no_evidence', 'stalled', 'disputed'];
export const statusLabels: Record<string, string> = {
  not_started: 'Not started', minimal: 'Minimal', intermediate: 'Intermediate', complete: 'Complete',
  no_evidence: 'No evidence available', stalled: 'Stalled', disputed: 'Disputed',
};

export interface Party { readonly code: string; readonly name: string }
export interface CitedEvidence extends Span {
  readonly documentId: string; readonly kind?: string; readonly note?: string | null;
  readonly text: string | null; readonly documentTitle: string | null; readonly published: string | null;
}
export interface Assessment {
  readonly commitmentId: string; readonly party: string; readonly status: Status; readonly narrative: string;
  readonly updatedAt: string; readonly updatedBy: string; readonly evidence?: readonly CitedEvidence[];
}
export interface Change {
  readonly id: string; readonly scope: string; readonly from: Status | null; readonly to: Status;
  readonly at: string; readonly by: string; readonly reason: string | null; readonly evidence?: readonly CitedEvidence[];
}
export interface Milestone { readonly text: string; readonly due: string | null; readonly done: string | null }
export interface Commitment {
  readonly id: string; readonly agreementId: string; readonly title: string; readonly text: string;
  readonly parties: readonly string[]; readonly leads: Record<string, string>; readonly area: string;
  readonly contexts: readonly string[]; readonly keywords: readonly string[];
  readonly start: string | null; readonly due: string | null; readonly cadence: string | null;
  readonly milestones: readonly Milestone[]; readonly jointStatus: Status; readonly assessments: readonly Assessment[];
  readonly overdue: boolean;
  /** Each indicator the commitment names, with the points its accepted evidence gives it. */
  readonly indicators?: readonly IndicatorSeries[];
}
export interface IndicatorPoint extends Span {
  readonly date: string | null; readonly value: number; readonly documentId: string; readonly documentTitle: string | null;
  readonly sentence: Span; readonly text: string;
  /** Null for accepted evidence; else the party whose assessment cites the sentence. */
  readonly citedBy?: string | null;
}
export interface IndicatorSeries {
  readonly id: string; readonly name: string; readonly words: readonly string[]; readonly target: number | null; readonly by: string | null;
  readonly points: readonly IndicatorPoint[];
}
export interface CommitmentDetail extends Commitment { readonly history: readonly Change[]; readonly evidence: readonly CitedEvidence[]; readonly overdueAsOf?: string }
export interface Agreement {
  readonly id: string; readonly title: string; readonly date: string; readonly illustrative?: boolean; readonly factsAsOf?: string;
  readonly parties: readonly Party[]; readonly sources?: readonly string[];
  readonly meetings?: readonly { readonly date: string; readonly place: string; readonly summary: string }[];
}
export interface Board extends Agreement {
  readonly commitments: readonly Commitment[];
  /** The day overdue was counted on: today, or an illustrative agreement's facts-as-of date. */
  readonly overdueAsOf?: string;
}
export interface Proposal extends Span {
  readonly id: string; readonly commitmentId: string; readonly documentId: string; readonly kind: string;
  readonly score: number; readonly reason: string; readonly state: string;
  readonly text: string | null; readonly documentTitle: string | null; readonly published: string | null;
}
export interface SearchHit {
  readonly document: string; readonly title: string | null; readonly published: string | null; readonly language: string;
  readonly start: number; readonly end: number; readonly score: number; readonly snippet: string;
  /** The matched words, as offsets into the snippet. */
  readonly marks: readonly Span[];
}
export interface Cited { readonly document: string; readonly documentTitle: string | null; readonly published: string | null }
/** One report of a story: the sentence of one document that tells the event. */
export interface StoryReport extends Span, Cited { readonly date: string | null; readonly text: string }
/** One real-world event as several documents report it. */
export interface Story {
  readonly id: string; readonly type: string; readonly mode: string | null; readonly timing: string;
  readonly firstDate: string | null; readonly lastDate: string | null;
  readonly participants: readonly string[]; readonly documents: readonly string[]; readonly reports: readonly StoryReport[];
}
export interface EntityDetail {
  readonly entity: Entity;
  readonly mentions: readonly (Span & Cited)[];
  readonly quotes: readonly (Quote & Cited)[];
  readonly events: readonly (EventItem & Cited)[];
  readonly stories: readonly Story[];
}

/** GET /api/status: the collection being served, and the re-analysis of documents an older pipeline analysed. */
export interface AnalysisStatus {
  collection: { ready: boolean; documents: number; updating: boolean; error: string | null };
  reanalysis: { done: number; total: number; failed: number; running: boolean; error: string | null };
}

/** A feed read on a schedule. */
export interface Watch {
  readonly url: string;
  readonly title: string | null;
  readonly everySeconds: number;
  readonly createdAt: string;
  readonly lastCheckedAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastError: string | null;
  readonly failures: number;
  readonly nextTryAt: string;
}

export interface IngestCounts { readonly read: number; readonly new: number; readonly unchanged: number; readonly versions: number; readonly failed: number }
export interface InputProblem { readonly input: string; readonly message: string; readonly fatal: boolean }

/** What reading a URL once did: one page, or each item of a feed. */
export interface UrlIngestResult {
  readonly summary: IngestCounts;
  readonly problems: readonly InputProblem[];
  readonly outcomes: readonly { readonly path: string; readonly outcome: string; readonly id: string }[];
  readonly feed: { readonly url: string; readonly title: string | null; readonly items: number } | null;
}

/** What one read of a watched feed did. */
export interface PollResult {
  readonly url: string;
  readonly status: 'read' | 'not-modified' | 'failed';
  readonly summary: IngestCounts;
  readonly problems: readonly InputProblem[];
  readonly items: number;
  readonly error: string | null;
  readonly nextTryAt: string;
}

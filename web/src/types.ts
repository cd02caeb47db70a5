// The API's JSON shapes, as the web app reads them: inferred from the server's contract
// (src/core/api), so a change there is a type error here. Only types cross: the browser never
// loads the schemas.
import type { z } from 'zod';
import type * as C from '../../src/core/api/index.js';

export type { Page } from '../../src/core/api/index.js';

export type Span = z.infer<typeof C.span>;
export type Entity = z.infer<typeof C.entity>;
export type Mention = z.infer<typeof C.mention>;
export type Quote = z.infer<typeof C.quote>;
export type Figure = z.infer<typeof C.figure>;
export type DateMention = z.infer<typeof C.dateMention>;
export type EventItem = z.infer<typeof C.eventItem>;
export type CitedEvent = z.infer<typeof C.citedEvent>;
export type CommitmentItem = z.infer<typeof C.commitmentItem>;
export type ChromeSpan = z.infer<typeof C.chromeSpan>;
export type DocumentAnalysis = z.infer<typeof C.documentAnalysis>;
export type FindingEvidence = z.infer<typeof C.findingEvidence>;
export type Finding = z.infer<typeof C.finding>;
export type Analysis = z.infer<typeof C.analysis>;
export type StoredDocument = z.infer<typeof C.storedDocument>;
export type DocumentDetail = z.infer<typeof C.documentDetail>;

export type Status = z.infer<typeof C.status>;
/** Every status, in the order the scale runs; the compiler checks it against the contract. */
export const statuses = [
  'not_started',
  'minimal',
  'intermediate',
  'complete',
  'no_evidence',
  'stalled',
  'disputed',
] as const satisfies readonly Status[];
export const statusLabels: Record<Status, string> = {
  not_started: 'Not started',
  minimal: 'Minimal',
  intermediate: 'Intermediate',
  complete: 'Complete',
  no_evidence: 'No evidence available',
  stalled: 'Stalled',
  disputed: 'Disputed',
};

export type Party = z.infer<typeof C.party>;
export type CitedEvidence = z.infer<typeof C.citedEvidence>;
export type Assessment = z.infer<typeof C.assessment>;
export type Change = z.infer<typeof C.change>;
export type Milestone = z.infer<typeof C.milestone>;
export type Commitment = z.infer<typeof C.commitment>;
export type IndicatorPoint = z.infer<typeof C.indicatorPoint>;
export type IndicatorSeries = z.infer<typeof C.indicatorSeries>;
export type CommitmentDetail = z.infer<typeof C.commitmentDetail>;
export type Agreement = z.infer<typeof C.agreement>;
export type Board = z.infer<typeof C.board>;
export type Proposal = z.infer<typeof C.proposal>;
export type SearchHit = z.infer<typeof C.searchHit>;
export type Cited = z.infer<typeof C.cited>;
export type StoryReport = z.infer<typeof C.storyReport>;
export type Story = z.infer<typeof C.story>;
export type EntityDetail = z.infer<typeof C.entityDetail>;
export type AnalysisStatus = z.infer<typeof C.analysisStatus>;
export type Watch = z.infer<typeof C.watch>;
export type IngestCounts = z.infer<typeof C.ingestCounts>;
export type InputProblem = z.infer<typeof C.inputProblem>;
export type UrlIngestResult = z.infer<typeof C.urlIngestResult>;
export type PollResult = z.infer<typeof C.pollResult>;
export type Session = z.infer<typeof C.session>;
export type SessionUser = z.infer<typeof C.sessionUser>;
export type AnalyzeRequest = z.input<typeof C.analyzeRequest>;
export type AssessmentRequest = z.input<typeof C.assessmentRequest>;

export type JobView = z.infer<typeof C.jobView>;
export type JobOverview = NonNullable<z.infer<typeof C.jobsResponse>['overview']>;

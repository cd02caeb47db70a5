import type { ColumnType, Generated } from 'kysely';

/** A stored document: its identity is the hash of its normalized content. */
export interface DocumentsTable {
  id: string;
  text: string;
  format: string;
  encoding: string;
  /** The body, for rows stored before `body_spans`; empty where that is set. */
  body: string;
  /** The body as spans of `text`, `[start, end, start, end, …]` in JSON, joined by blank lines; null on older rows. */
  body_spans: ColumnType<string | null, string | null | undefined, string | null>;
  title: string | null;
  subtitle: string | null;
  published: string | null;
  /** JSON array of author names. */
  authors: string;
  language: string;
  byte_size: number;
  created_at: string;
  /** JSON of the reader's hints (title, date, outside spans), so stored text can be re-analysed alike. */
  hints: Generated<string>;
  /** When evidence proposals were made from it; null while that work is pending (also after a crash). */
  proposed_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Where a document was read from; a path or URL whose content changes gets a new version. */
export interface DocumentVersionsTable {
  locator: string;
  version: number;
  document_id: string;
  created_at: string;
}

/** One MinHash band key of a stored document's body: documents sharing a key may be copies of one story. */
export interface DocumentBandsTable {
  band_key: string;
  document_id: string;
}

/** SQLite only: one row, the band keys ever removed from `document_bands` (see migration 0013). */
export interface BandRemovalsTable {
  removed: number;
}

/** A copy of a stored story (syndicated, edited, cut short), kept as its story with where it was read. */
export interface DocumentCopiesTable {
  /** The story: the stored document the copy was found to repeat. */
  document_id: string;
  locator: string;
  /** The hash of the copy's own content. */
  copy_id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  containment: number;
  jaccard: number;
  created_at: string;
}

/** A span of page furniture in a document. */
export interface ChromeSpansTable {
  document_id: string;
  start: number;
  end: number;
  reason: string;
}

/** A message a stage or reader raised about a document. */
export interface MessagesTable {
  id: Generated<string>;
  document_id: string;
  source: string;
  rule_id: string;
  severity: string;
  reason: string;
  start: number | null;
  end: number | null;
}

/** A document's stored analysis: its layers and messages as JSON, and the pipeline version that made them. */
export interface DocumentAnalysesTable {
  document_id: string;
  pipeline_version: string;
  /** JSON of the layers; null when the document could not be analysed (see `failure`). */
  layers: string | null;
  /** JSON array of the stages' messages. */
  messages: string;
  /** JSON of the fatal message when the pipeline could not analyse the document; else null. */
  failure: string | null;
  analysed_at: string;
}

/** An imported agreement; parties and sources are JSON. */
export interface AgreementsTable {
  id: string;
  title: string;
  date: string;
  illustrative: number;
  facts_as_of: string | null;
  parties: string;
  sources: string;
  imported_at: string;
}

/** A meeting of the follow-up group. */
export interface MeetingsTable {
  agreement_id: string;
  date: string;
  place: string | null;
  summary: string;
}

/** A commitment of an agreement; list fields are JSON. */
export interface CommitmentsTable {
  id: string;
  agreement_id: string;
  position: number;
  title: string;
  text: string;
  parties: string;
  leads: string;
  area: string;
  contexts: string;
  keywords: string;
  start: string | null;
  due: string | null;
  cadence: string | null;
  milestones: string;
  /** JSON: the indicators the commitment names (migration 0009). */
  indicators: Generated<string>;
  joint_status: string;
}

/** One party's current assessment of one commitment. */
export interface AssessmentsTable {
  commitment_id: string;
  party: string;
  status: string;
  narrative: string;
  updated_at: string;
  updated_by: string;
}

/** The change log of joint statuses and party assessments. */
export interface StatusChangesTable {
  id: string;
  commitment_id: string;
  seq: number;
  scope: string;
  from_status: string | null;
  to_status: string;
  at: string;
  by: string;
  reason: string;
}

/** A document span attached to an assessment, a status change or (accepted) to a commitment. */
export interface EvidenceTable {
  id: string;
  owner_kind: 'assessment' | 'status_change' | 'commitment';
  owner_id: string;
  document_id: string;
  start: number;
  end: number;
  kind: string;
  note: string | null;
}

/** A proposed evidence link awaiting review. */
export interface ProposalsTable {
  id: string;
  commitment_id: string;
  document_id: string;
  start: number;
  end: number;
  kind: string;
  score: number;
  reason: string;
  state: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  created_at: string;
}

/** How many body passages of the documents proposed from hold each term (BM25's document frequency). */
export interface PassageTermsTable {
  term: string;
  passages: number;
}

/** One row (id 1): the documents, passages and passage terms counted in `passage_terms`. */
export interface PassageTotalsTable {
  id: number;
  documents: number;
  passages: number;
  terms: number;
}

/** What each commitment was last proposed with, as a fingerprint; a change proposes it against every document. */
export interface CommitmentQueriesTable {
  agreement_id: string;
  commitment_id: string;
  fingerprint: string;
}

/** The append-only audit log; each entry carries the hash of the one before. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** The newest audit entry's number and hash (one row, id 1). */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** A feed polled on a schedule; timestamps are ISO 8601. */
export interface WatchesTable {
  url: string;
  title: string | null;
  every_seconds: number;
  /** Validators of the last copy read, sent back as If-None-Match and If-Modified-Since. */
  etag: string | null;
  last_modified: string | null;
  created_at: string;
  last_checked_at: string | null;
  last_success_at: string | null;
  /** Why the last poll failed (or which items did), one line; null after a clean poll. */
  last_error: string | null;
  /** Polls failed in a row; the next try backs off with it. */
  failures: ColumnType<number, number | undefined, number>;
  next_try_at: string;
}

/** An item a watched feed carried: stored, or failed so far (retried a few times). */
export interface WatchItemsTable {
  watch_url: string;
  item_id: string;
  locator: string;
  document_id: string | null;
  state: 'stored' | 'failed';
  attempts: number;
  error: string | null;
  seen_at: string;
}

/** A user account; the password only as an scrypt hash with its salt and parameters. */
export interface UsersTable {
  /** The name folded for lookup (NFC, lower case); unique. */
  name_key: string;
  name: string;
  party: string | null;
  role: string;
  password_hash: string;
  created_at: string;
}

/** A signed-in browser session; the cookie's value only as its SHA-256. */
export interface SessionsTable {
  token_hash: string;
  user_key: string;
  created_at: string;
  expires_at: string;
}

/** An API token for scripts; the token only as its SHA-256, shown once when made. */
export interface ApiTokensTable {
  id: string;
  token_hash: string;
  user_key: string;
  label: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** The Database interface: one type per table. */
/** One job of the embedded store's queue (a PostgreSQL store queues in pg-boss instead). */
export interface JobsTable {
  id: string;
  name: string;
  /** The payload as JSON. */
  payload: string;
  state: 'queued' | 'running' | 'completed' | 'failed';
  attempts: Generated<number>;
  max_attempts: number;
  /** While a job with this key is queued, another with the same key is not added. */
  singleton_key: string | null;
  /** When it may run next (ISO): its creation, or the end of a retry's backoff. */
  run_after: string;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface Database {
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  document_bands: DocumentBandsTable;
  band_removals: BandRemovalsTable;
  document_copies: DocumentCopiesTable;
  chrome_spans: ChromeSpansTable;
  messages: MessagesTable;
  document_analyses: DocumentAnalysesTable;
  agreements: AgreementsTable;
  meetings: MeetingsTable;
  commitments: CommitmentsTable;
  assessments: AssessmentsTable;
  status_changes: StatusChangesTable;
  evidence: EvidenceTable;
  proposals: ProposalsTable;
  passage_terms: PassageTermsTable;
  passage_totals: PassageTotalsTable;
  commitment_queries: CommitmentQueriesTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  watches: WatchesTable;
  watch_items: WatchItemsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  jobs: JobsTable;
}

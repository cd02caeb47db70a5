/**
 * compareSources — what comparing the documents of one analysis finds.
 *
 * Takes every document's events, commitments, quotes and figures, and the entity resolution.
 * Two reports are of the same event when the PLOVER type (and mode), the timing and at least two
 * participants agree and their dates lie within seven days (see `isSameEvent`). Finds:
 * `date_conflict` (one event on different days, including a weekday that is not the weekday of the
 * date another source states), `figure_conflict` (one measure, values more than 5 % apart),
 * `only_in_one_source` (an event or commitment one document alone reports, among documents that
 * share an event) and `quote_not_corroborated` (a direct quote no other such document carries).
 * `name_variant` findings come from entity resolution and are passed through. Every event is also
 * told as a story: the reports of one event across documents, joined without chaining past the
 * seven-day window (see `linkReports`).
 */
import type { EventStory, Finding } from '../../../core/index.js';
import { findDateConflicts } from './date-conflicts.js';
import { PlacedFigures } from './figure-conflicts.js';
import { linkReports } from './link-reports.js';
import { findSingleSourceClaims, PlacedCommitments } from './single-source.js';
import { tellStories } from './stories.js';
import {
  placeEventsOf,
  SharedStrings,
  type ComparedDocument,
  type CountryLookup,
  type EntityLookup,
  type PlacedEvent,
} from './sources.js';
import { ProbedQuotes } from './uncorroborated-quotes.js';
import { ownCopy } from '../../../text/own-copy.js';

export type { ComparedDocument, CountryLookup, EntityLookup } from './sources.js';

/** What comparing finds: the findings, and every event as a story with its reports. */
export interface Comparison {
  readonly findings: readonly Finding[];
  readonly stories: readonly EventStory[];
}

export function compareSources(
  documents: readonly ComparedDocument[],
  entityAt: EntityLookup,
  countryOf: CountryLookup = () => null,
): Comparison {
  // Each document's layers are read once, in order, and only what is compared is kept of them:
  // a caller may read them from disk when asked (see `ComparedDocument`).
  const events: PlacedEvent[] = [];
  const figures = new PlacedFigures();
  const commitments = new PlacedCommitments();
  const quotes = new ProbedQuotes();
  const shared = new SharedStrings();
  for (const document of documents) {
    for (const placed of placeEventsOf(document, entityAt, countryOf, shared)) events.push(placed);
    if (documents.length < 2) continue;
    figures.add(document);
    commitments.add(document, entityAt);
    quotes.add(document);
  }
  // Which reports are of one event is asked once, and every finding reads the answer.
  const { groups, echoed } = linkReports(events);
  const stories = tellStories(events, groups);
  if (documents.length < 2) return { findings: [], stories };
  // Documents that report an event another document reports too.
  const related = new Set<string>();
  events.forEach((placed, i) => echoed[i] && related.add(placed.document.id));
  const findings = [
    ...findDateConflicts(events, groups),
    ...figures.conflicts(),
    ...findSingleSourceClaims(documents, events, echoed, related, commitments),
    ...quotes.uncorroborated(documents, related, entityAt),
  ];
  // A detail built from cuts of a document's text keeps that text alive as long as the finding;
  // a document's text may be read anew each time it is asked for, so each would keep a copy.
  return { findings: findings.map((finding) => ({ ...finding, detail: ownCopy(finding.detail) })), stories };
}

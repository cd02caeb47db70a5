/**
 * Stories: the reports of one real-world event across documents, joined into one, and two events
 * of one kind weeks apart kept apart even when an undated report matches both.
 */
import { describe, expect, it } from 'vitest';
import { toContract } from '../src/export/contract-json.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis } from '../src/pipeline/index.js';
import { documentFromText } from './helpers/documents.js';

function contractOf(...texts: string[]) {
  const analyses = texts.map((text, k) => {
    const result = analyzeDocument(documentFromText(text, { name: `doc${k}.txt` }));
    if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
    return result;
  });
  return toContract(analyses, analyzeCollection(analyses));
}

const meeting = (day: string, title = 'Talks in the capital') =>
  `${title}\n\nU.S. Secretary of State Marco Rubio met Mexican Foreign Minister Juan Ramón de la Fuente in Mexico City on ${day}, 2025, to review the security program.`;

describe('stories across sources', () => {
  it('joins two reports of one meeting into one story with both sources', () => {
    const { documents, stories } = contractOf(meeting('September 3'), meeting('September 3', 'Rubio in Mexico'));
    const shared = stories.filter((story) => story.documents.length === 2);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.reports.map((r) => r.document).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(shared[0]!.firstDate).toBe('2025-09-03');
  });

  it('keeps two meetings three weeks apart as two stories, also through an undated report', () => {
    const undated =
      'Talks in the capital\n\nU.S. Secretary of State Marco Rubio met Mexican Foreign Minister Juan Ramón de la Fuente in Mexico City to review the security program.';
    const { stories, findings } = contractOf(meeting('September 3'), undated, meeting('September 26'));
    const meetings = stories.filter((story) =>
      story.reports.some((r) => r.date === '2025-09-03' || r.date === '2025-09-26'),
    );
    expect(stories.some((story) => story.documents.length > 1)).toBe(true);
    const early = meetings.find((story) => story.reports.some((r) => r.date === '2025-09-03'))!;
    const late = meetings.find((story) => story.reports.some((r) => r.date === '2025-09-26'))!;
    expect(early).toBeDefined();
    expect(late).toBeDefined();
    expect(early.id).not.toBe(late.id);
    // Two different meetings are not one meeting on two dates.
    expect(findings.filter((f) => f.kind === 'date_conflict')).toEqual([]);
  });

  it('gives every event a story, with one source when only one document reports it', () => {
    const { documents, stories } = contractOf(meeting('September 3'));
    const events = documents[0]!.events.length;
    expect(events).toBeGreaterThan(0);
    expect(stories.reduce((n, story) => n + story.reports.length, 0)).toBe(events);
    expect(stories.every((story) => story.documents.length === 1)).toBe(true);
  });
});

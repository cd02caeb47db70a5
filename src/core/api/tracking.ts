import { z } from 'zod';
import { implementationStatuses } from '../tracking.js';
import { documentId, isoDay, span } from './common.js';

/** How far a commitment is implemented. */
export const status = z.enum(implementationStatuses);
/** What a piece of evidence is, in the document it points into. */
export const evidenceKind = z.enum(['sentence', 'quote', 'event', 'figure', 'commitment']);
export const party = z.object({ code: z.string(), name: z.string() });
/** A span of a stored document quoted as evidence, with its document's title and date. */
export const citedEvidence = span.extend({
  documentId: z.string(),
  kind: evidenceKind.optional(),
  note: z.string().nullish(),
  text: z.string().nullable(),
  documentTitle: z.string().nullable(),
  published: z.string().nullable(),
});
export const assessment = z.looseObject({
  commitmentId: z.string(),
  party: z.string(),
  status,
  narrative: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  evidence: z.array(citedEvidence).optional(),
});
/** A row of a commitment's change log. */
export const change = z.looseObject({
  id: z.string(),
  scope: z.string(),
  from: status.nullable(),
  to: status,
  at: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
  evidence: z.array(citedEvidence).optional(),
});
export const milestone = z.object({ text: z.string(), due: z.string().nullable(), done: z.string().nullable() });
export const meeting = z.object({ date: z.string(), place: z.string().nullable(), summary: z.string() });
/** One figure of an evidence sentence that counts for an indicator, linked to its sentence. */
export const indicatorPoint = z.object({
  date: z
    .string()
    .nullable()
    .describe("the day the point is placed on: the end of the sentence's stated period, else the document's date"),
  datedBy: z
    .enum(['period', 'document'])
    .describe(
      "period: the end of the period the sentence states; document: the document's date (the sentence states no period, or one still running on that date)",
    ),
  period: z
    .object({ from: z.string(), to: z.string(), text: z.string() })
    .nullable()
    .describe('the period the sentence states for the figure: first and last day, and its words'),
  published: z.string().nullable(),
  value: z.number(),
  documentId: z.string(),
  documentTitle: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.object({ start: z.number().int(), end: z.number().int() }),
  text: z.string(),
  kind: z.enum(['accepted', 'cited']).describe("accepted evidence, or a sentence a party's assessment cites"),
  citedBy: z
    .string()
    .nullable()
    .describe('null for accepted evidence; else the party whose assessment cites the sentence'),
});
/** An indicator a commitment names, with its points over time. */
export const indicatorSeries = z.object({
  id: z.string(),
  name: z.string(),
  words: z.array(z.string()),
  target: z.number().nullable(),
  by: z.string().nullable(),
  points: z.array(indicatorPoint),
});
/** A commitment with its joint status and every party's assessment. */
export const commitment = z.looseObject({
  id: z.string(),
  agreementId: z.string(),
  title: z.string(),
  text: z.string(),
  parties: z.array(z.string()),
  leads: z.record(z.string(), z.string()),
  area: z.string(),
  contexts: z.array(z.string()),
  keywords: z.array(z.string()),
  start: z.string().nullable(),
  due: z.string().nullable(),
  cadence: z.string().nullable(),
  milestones: z.array(milestone),
  jointStatus: status,
  assessments: z.array(assessment),
  overdue: z.boolean(),
  indicators: z.array(indicatorSeries).optional(),
});
export const commitmentDetail = commitment.extend({
  history: z.array(change),
  evidence: z.array(citedEvidence),
  overdueAsOf: z.string().optional(),
});
export const agreement = z.looseObject({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  illustrative: z.boolean().optional(),
  factsAsOf: z.string().nullish(),
  parties: z.array(party),
  sources: z.array(z.string()).optional(),
  meetings: z.array(meeting).optional(),
});
/** The board: an agreement with each commitment's joint status; `overdueAsOf` is the day overdue was counted on. */
export const board = agreement.extend({ commitments: z.array(commitment), overdueAsOf: z.string().optional() });
/** A suggested link from a document span to a commitment, with the span's text and its document. */
export const proposal = span.extend({
  id: z.string(),
  commitmentId: z.string(),
  documentId: z.string(),
  kind: evidenceKind,
  score: z.number(),
  reason: z.string(),
  state: z.enum(['pending', 'accepted', 'rejected']),
  text: z.string().nullable(),
  documentTitle: z.string().nullable(),
  published: z.string().nullable(),
});
/** A commitment or milestone with a date, and how it stands against today. */
export const dueItem = z.object({
  commitmentId: z.string(),
  title: z.string(),
  what: z.string(),
  due: z.string(),
  jointStatus: z.string(),
  daysLeft: z.number().int(),
});
/** What the group should look at before its next meeting: how many of each, and the first items of each. */
export const followup = z.object({
  agreementId: z.string(),
  today: z.string(),
  since: z.string().nullable(),
  lastMeeting: meeting.nullable(),
  counts: z.object({
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    changes: z.number().int(),
    awaitingReview: z.number().int(),
  }),
  overdue: z.array(dueItem),
  dueSoon: z.array(dueItem),
  changes: z.array(
    change.omit({ evidence: true }).extend({ evidence: z.array(span.extend({ documentId: z.string() })) }),
  ),
  awaitingReview: z.array(
    span.extend({
      id: z.string(),
      commitmentId: z.string(),
      documentId: z.string(),
      score: z.number(),
      reason: z.string(),
      state: z.string(),
    }),
  ),
});

/** One party's own assessment, as its assessor writes it. */
export const assessmentRequest = z.strictObject({
  status,
  narrative: z.string().max(10_000).default(''),
  evidence: z
    .array(
      z.strictObject({
        documentId: documentId,
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        kind: evidenceKind.default('sentence'),
        note: z.string().nullable().default(null),
      }),
    )
    .default([]),
});
export const assessmentResponse = z.looseObject({
  assessment: assessment.extend({ evidence: z.array(span.extend({ documentId: z.string() })) }),
  changes: z.array(change.omit({ evidence: true })),
});

export const proposalState = z.enum(['pending', 'accepted', 'rejected']);
export const proposalFilters = z.object({
  state: proposalState.default('pending').describe('pending (default), accepted or rejected'),
  commitment: z.string().max(400).optional().describe('commitment id'),
});
export const todayQuery = z.object({ today: isoDay.optional().describe('YYYY-MM-DD for overdue flags') });
export const followupQuery = z.object({
  today: isoDay.optional().describe("YYYY-MM-DD; default the server's day"),
  since: isoDay.optional().describe('YYYY-MM-DD; default the last meeting'),
  limit: z.coerce
    .number()
    .int('is not a whole number')
    .min(1, 'is below 1')
    .max(500, 'is over 500')
    .default(50)
    .describe('the first items of each section (default 50, at most 500)'),
});

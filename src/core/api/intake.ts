import { z } from 'zod';

/** A feed read on a schedule. */
export const watch = z.looseObject({
  url: z.string(),
  title: z.string().nullable(),
  everySeconds: z.number().int(),
  createdAt: z.string(),
  lastCheckedAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  failures: z.number().int(),
  nextTryAt: z.string(),
});
export const ingestCounts = z.looseObject({
  read: z.number().int(),
  new: z.number().int(),
  unchanged: z.number().int(),
  versions: z.number().int(),
  failed: z.number().int(),
});
export const inputProblem = z.looseObject({ input: z.string(), message: z.string(), fatal: z.boolean() });
/** What reading a URL once did: one page, or each item of a feed. */
export const urlIngestResult = z.object({
  summary: ingestCounts,
  problems: z.array(inputProblem),
  outcomes: z.array(z.looseObject({ path: z.string(), outcome: z.string(), id: z.string() })),
  feed: z.object({ url: z.string(), title: z.string().nullable(), items: z.number().int() }).nullable(),
});
/** What one read of a watched feed did. */
export const pollResult = z.object({
  url: z.string(),
  status: z.enum(['read', 'not-modified', 'failed']),
  summary: ingestCounts,
  problems: z.array(inputProblem),
  items: z.number().int(),
  error: z.string().nullable(),
  nextTryAt: z.string(),
});

const urlField = z.string().trim().min(1, 'is empty').max(4000, 'is over 4,000 characters');
/** A URL to read once, or a watched feed to read now. */
export const urlRequest = z.strictObject({ url: urlField });
/** A feed to watch, and how often (30m, 2h, 1h30m, 1d; default 30m). */
export const watchRequest = z.strictObject({
  url: urlField,
  every: z.string().max(20).optional().describe('30m, 2h, 1h30m, 1d'),
});
export const watchQuery = z.object({ url: urlField.describe('the feed URL') });

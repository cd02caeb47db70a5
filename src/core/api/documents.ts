import { z } from 'zod';
import { documentAnalysis } from './analysis.js';
import { span } from './common.js';

/** A stored document's metadata. */
export const storedDocument = z.looseObject({
  id: z.string(),
  title: z.string().nullable(),
  subtitle: z.string().nullish(),
  published: z.string().nullable(),
  authors: z.array(z.string()),
  language: z.string(),
  format: z.string(),
  byteSize: z.number().int().optional(),
  createdAt: z.string().optional(),
});
/** A copy of a stored story another source ran. */
export const storyCopy = z.looseObject({
  story: z.string(),
  locator: z.string(),
  copyId: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  containment: z.number(),
  jaccard: z.number(),
});
/** One document: its text and furniture, where it was read from, the copies of its story, and its analysis. */
export const documentDetail = z.object({
  document: storedDocument.extend({
    text: z.string(),
    body: z.string(),
    chrome: z.array(span.extend({ reason: z.string() })),
    locators: z.array(z.object({ locator: z.string(), version: z.number().int() })),
    copies: z.array(storyCopy),
  }),
  analysis: documentAnalysis,
});

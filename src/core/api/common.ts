import { z } from 'zod';

/** Every error the API sends: a code for programs and a one-line message for people. */
export const errorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** A stored document's id: 16 hex digits of its content hash. */
export const documentId = z.string().regex(/^[0-9a-f]{16}$/, 'a document id is 16 hex digits');

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)');

/** A day, YYYY-MM-DD. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Half-open range of UTF-16 code units in a document's text, with the text it covers where sent. */
export const span = z.looseObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().nullish(),
});

/** Which document an item came from, with its title and date, so a reader can cite it. */
export const cited = z.object({
  document: z.string(),
  documentTitle: z.string().nullable(),
  published: z.string().nullable(),
});

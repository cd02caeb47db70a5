import { z } from 'zod';

/** Each job's name and the payload it carries, checked when a worker takes the job. */
export const jobPayloads = {
  /** Read one file, folder, manifest or URL (a feed: each item) into the store. */
  ingest: z.object({ input: z.string().min(1) }),
  /** Analyse one stored document again with this pipeline version. */
  analyse: z.object({ document: z.string().min(1) }),
  /** Propose evidence from the documents not yet proposed from (or, with `agreement`, from all for it). */
  propose: z.object({ agreement: z.string().min(1).optional() }),
  /** Read the watched feeds that are due. */
  'poll-feeds': z.object({}),
} as const;

/** The kinds of job. */
export type JobName = keyof typeof jobPayloads;

/** What a job of kind `N` carries. */
export type JobPayload<N extends JobName> = z.infer<(typeof jobPayloads)[N]>;

/** Every kind of job, in a fixed order (for listings). */
export const jobNames = Object.keys(jobPayloads) as JobName[];

/** Whether a string names a kind of job. */
export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobPayloads, name);
}

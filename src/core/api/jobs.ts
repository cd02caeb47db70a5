import { z } from 'zod';

/** One job of the queue as the API shows it. */
export const jobView = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(['queued', 'running', 'completed', 'failed']),
  payload: z.unknown(),
  attempts: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** GET /api/jobs: how many jobs are in each state, and the running and failed ones; null when the server has no queue. */
export const jobsResponse = z.object({
  overview: z
    .object({
      engine: z.enum(['pg-boss', 'sqlite']),
      counts: z.object({
        queued: z.number().int(),
        running: z.number().int(),
        completed: z.number().int(),
        failed: z.number().int(),
      }),
      running: z.array(jobView),
      failed: z.array(jobView),
    })
    .nullable(),
});

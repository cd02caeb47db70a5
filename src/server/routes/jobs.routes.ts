import { Hono } from 'hono';
import type { JobOverview } from '../../jobs/job-queue.js';

/** What the server needs of the job queue: only a look at it (workers run elsewhere). */
export interface JobsView {
  overview(limit?: number): Promise<JobOverview>;
}

/** /api/jobs: queued, running and failed work, with each failed job's error (a read, as any other). */
export function jobsRoutes(jobs: JobsView | undefined) {
  return new Hono().get('/jobs', async (c) => {
    if (!jobs) return c.json({ overview: null });
    return c.json({ overview: await jobs.overview(50) });
  });
}

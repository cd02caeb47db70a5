// The shape of GET /api/jobs (src/jobs/job-queue.ts), as the web app reads it.

export interface JobView {
  readonly id: string;
  readonly name: string;
  readonly state: 'queued' | 'running' | 'completed' | 'failed';
  readonly payload: Record<string, unknown> | null;
  readonly attempts: number;
  readonly error: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

export interface JobOverview {
  readonly engine: 'pg-boss' | 'sqlite';
  readonly counts: { readonly queued: number; readonly running: number; readonly completed: number; readonly failed: number };
  readonly running: readonly JobView[];
  readonly failed: readonly JobView[];
}

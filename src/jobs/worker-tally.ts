import type { IngestTimings } from '../services/ingest.service.js';
import { jobNames, type JobName } from './job-map.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Where one worker process spent its time: the jobs of each kind it ran and how long they took,
 * what file ingests spent reading, analysing and storing, and the process's CPU time (every thread).
 */
export class WorkerTally {
  private readonly jobs = new Map<JobName, { count: number; ms: number }>();
  private readonly ingest: IngestTimings = { readMs: 0, analysisMs: 0, storeMs: 0 };
  private readonly began = performance.now();
  private readonly cpuAtStart = process.cpuUsage();
  /** Seconds from the process's start to taking jobs: loading, migrating the store, starting the queue. */
  private readonly startup = process.uptime();

  addJob(name: JobName, ms: number): void {
    const kind = this.jobs.get(name) ?? { count: 0, ms: 0 };
    this.jobs.set(name, { count: kind.count + 1, ms: kind.ms + ms });
  }

  addIngest(timings: IngestTimings): void {
    this.ingest.readMs += timings.readMs;
    this.ingest.analysisMs += timings.analysisMs;
    this.ingest.storeMs += timings.storeMs;
  }

  /** One line: `puente worker: ran N jobs in T s (ingest …; propose …); started in S s; CPU C s`. */
  summary(): string {
    const kinds = jobNames.flatMap((name) => {
      const kind = this.jobs.get(name);
      if (!kind) return [];
      const parts =
        name === 'ingest' && this.ingest.readMs + this.ingest.analysisMs + this.ingest.storeMs > 0
          ? `: reading ${seconds(this.ingest.readMs)}, analysis ${seconds(this.ingest.analysisMs)}, storing ${seconds(this.ingest.storeMs)}`
          : '';
      return [`${name} ${kind.count} in ${seconds(kind.ms)}${parts}`];
    });
    const count = [...this.jobs.values()].reduce((sum, kind) => sum + kind.count, 0);
    const cpu = process.cpuUsage(this.cpuAtStart);
    return (
      `puente worker: ran ${count} job${count === 1 ? '' : 's'} in ${seconds(performance.now() - this.began)}` +
      `${kinds.length ? ` (${kinds.join('; ')})` : ''}; started in ${this.startup.toFixed(1)} s;` +
      ` CPU ${seconds((cpu.user + cpu.system) / 1000)} while taking jobs`
    );
  }
}

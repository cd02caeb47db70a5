import type { Kysely } from 'kysely';
import { setBudgetedThreads } from '../services/analysis-budget.js';
import { DocumentAnalyses } from '../services/document-analyses.js';
import { IngestService, type IngestTimings } from '../services/ingest.service.js';
import { ProposalService } from '../services/proposal.service.js';
import { WatchService } from '../services/watch.service.js';
import { defaultWebIntakeSettings, WebIntakeService, type WebIntakeSettings } from '../services/web-intake.service.js';
import type { Database } from '../store/schema.js';
import { jobPayloads, type JobName } from './job-map.js';
import type { JobHandler, JobQueue, QueuedJob } from './job-queue.js';

/** What a job reports back to the worker that ran it, for its log. */
export type JobReport = (line: string) => void;

const isUrl = (input: string) => /^[a-z][a-z\d+.-]*:\/\//i.test(input);

/**
 * The handler of every kind of job, each calling the service that does the work. Work that leaves
 * new documents queues a `propose` job (one waiting is enough), so proposing runs once for many.
 */
export function jobHandlers(
  db: Kysely<Database>,
  queue: JobQueue,
  options: {
    web?: WebIntakeSettings;
    report?: JobReport;
    /** Told where each file ingest spent its time, for the worker's summary. */
    onIngestTimings?: (timings: IngestTimings) => void;
    /**
     * Jobs the worker runs at once: as many documents are analysed at once, each on its own thread
     * (the process's analysis is shared by its jobs, one thread unless told).
     */
    concurrency?: number;
  } = {},
): JobHandler {
  if (options.concurrency) setBudgetedThreads(options.concurrency);
  const web = options.web ?? defaultWebIntakeSettings;
  const report = options.report ?? (() => undefined);
  const intake = new WebIntakeService(db, web);
  const proposeLater = () => queue.send('propose', {}, { singletonKey: 'propose' });
  const handlers: { [N in JobName]: (job: QueuedJob) => Promise<void> } = {
    async ingest(job) {
      const { input } = jobPayloads.ingest.parse(job.payload);
      let result;
      if (isUrl(input)) result = await intake.ingestUrl(input);
      else {
        result = await new IngestService(db).ingestPaths([input], web.limits);
        options.onIngestTimings?.(result.timings);
      }
      const failures = result.problems.filter((problem) => problem.fatal);
      if (result.summary.new + result.summary.versions > 0) await proposeLater();
      report(
        `ingest ${input}: ${result.summary.new} new, ${result.summary.versions} new versions, ${result.summary.unchanged} unchanged, ${result.summary.failed} failed`,
      );
      // Every input failed: the job failed (and is retried: a fetch may well work later).
      if (result.summary.failed > 0 && result.summary.failed === result.summary.read)
        throw new Error(failures.map((problem) => problem.message).join('; ') || `${input}: nothing could be read`);
    },
    async analyse(job) {
      const { document } = jobPayloads.analyse.parse(job.payload);
      const analysed = await new DocumentAnalyses(db).reanalyze(document);
      report(`analyse ${document}: ${analysed ? 'analysed' : 'gone, or the pipeline cannot analyse it'}`);
    },
    async propose(job) {
      const { agreement } = jobPayloads.propose.parse(job.payload);
      const service = new ProposalService(db);
      const results = agreement
        ? [{ agreementId: agreement, ...(await service.propose(agreement)) }]
        : await service.proposePending();
      for (const { agreementId, proposed, pending } of results)
        report(`propose ${agreementId}: ${proposed} new evidence proposals; ${pending} await review`);
    },
    async 'poll-feeds'() {
      const results = await new WatchService(db, intake).pollDue();
      for (const result of results)
        report(
          `poll ${result.url}: ${result.summary.new} new, ${result.summary.failed} failed${result.error ? ` (${result.error})` : ''}`,
        );
      if (results.some((result) => result.summary.new + result.summary.versions > 0)) await proposeLater();
    },
  };
  return (job) => handlers[job.name](job);
}

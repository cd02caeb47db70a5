import { parseArgs } from 'node:util';
import { contractJsonLines, contractJsonlLines } from '../../export/contract-stream.js';
import { toContract } from '../../export/contract-json.js';
import { analyzePathsAsCollection } from '../../services/analysis.service.js';
import { readActorsFile } from '../../services/actors-file.js';
import { ExitCode } from '../exit-codes.js';
import { keepHeapNearLive } from '../heap-near-live.js';
import { jobsFrom, publishedDateFrom, readLimitsFrom } from '../options.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { formatAnalysisText } from './analysis-text.js';

const formats = ['text', 'json', 'jsonl'] as const;

/**
 * `puente analyze PATH... [--format text|json|jsonl] [--jobs N] [--max-size SIZE] [--actors FILE] [--published DATE]`:
 * analyse without storing. JSON and JSON Lines are printed a document at a time.
 */
export async function analyzeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      jobs: { type: 'string' },
      'max-size': { type: 'string' },
      actors: { type: 'string' },
      published: { type: 'string' },
    },
  });
  if (!positionals.length) throw new UsageError('analyze needs at least one file, folder or manifest');
  const format = formats.find((name) => name === values.format);
  if (!format) throw new UsageError(`--format ${values.format}: use text, json or jsonl`);
  const jobs = jobsFrom(values.jobs);
  const published = publishedDateFrom(values.published);
  const actors = values.actors ? await readActorsFile(values.actors) : [];
  keepHeapNearLive();
  const { analyses, collection, problems } = await analyzePathsAsCollection(
    positionals,
    readLimitsFrom(values['max-size']),
    { settings: { referenceDate: null, actors }, published, jobs },
  );
  try {
    for (const problem of problems) io.error(printable(problem.message));
    const skipped = problems.filter((problem) => problem.skipped).length;
    if (skipped) io.error(`skipped ${skipped} file${skipped === 1 ? '' : 's'} of a type Puente does not read`);
    if (format === 'text') io.out(formatAnalysisText(toContract([...analyses], collection)));
    else
      for (const line of (format === 'json' ? contractJsonLines : contractJsonlLines)(analyses, collection))
        io.out(line);
  } finally {
    analyses.close();
  }
  return problems.some((problem) => problem.fatal) ? ExitCode.someInputsFailed : ExitCode.ok;
}

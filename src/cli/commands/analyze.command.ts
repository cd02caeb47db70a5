import { parseArgs } from 'node:util';
import { analyzePathsToContract } from '../../services/analysis.service.js';
import { readActorsFile } from '../../services/actors-file.js';
import { ExitCode } from '../exit-codes.js';
import { publishedDateFrom, readLimitsFrom } from '../options.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { formatAnalysisText } from './analysis-text.js';

/** `puente analyze PATH... [--format json|text] [--max-size SIZE] [--actors FILE] [--published DATE]`: analyse without storing. */
export async function analyzeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, 'max-size': { type: 'string' }, actors: { type: 'string' }, published: { type: 'string' } },
  });
  if (!positionals.length) throw new UsageError('analyze needs at least one file, folder or manifest');
  if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`--format ${values.format}: use json or text`);
  const published = publishedDateFrom(values.published);
  const actors = values.actors ? await readActorsFile(values.actors) : [];
  const { analysis, problems } = await analyzePathsToContract(positionals, readLimitsFrom(values['max-size']), { referenceDate: null, actors }, { published });
  for (const problem of problems) io.error(printable(problem.message));
  const skipped = problems.filter((problem) => problem.skipped).length;
  if (skipped) io.error(`skipped ${skipped} file${skipped === 1 ? '' : 's'} of a type Puente does not read`);
  io.out(values.format === 'json' ? JSON.stringify(analysis, null, 2) : formatAnalysisText(analysis));
  return problems.some((problem) => problem.fatal) ? ExitCode.someInputsFailed : ExitCode.ok;
}

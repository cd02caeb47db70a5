import { parseArgs } from 'node:util';
import { toContract } from '../../export/contract-json.js';
import { analyzePaths } from '../../services/analysis.service.js';
import { ExitCode } from '../exit-codes.js';
import { readLimitsFrom } from '../options.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { formatAnalysisText } from './analysis-text.js';

/** `puente analyze PATH... [--format json|text] [--max-size SIZE]`: analyse without storing. */
export async function analyzeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, 'max-size': { type: 'string' } },
  });
  if (!positionals.length) throw new UsageError('analyze needs at least one file or folder');
  if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`--format ${values.format}: use json or text`);
  const run = await analyzePaths(positionals, readLimitsFrom(values['max-size']));
  for (const problem of run.problems) io.error(problem.message);
  if (values.format === 'json') io.out(JSON.stringify(toContract(run.analyses), null, 2));
  else io.out(formatAnalysisText(toContract(run.analyses)));
  return run.problems.some((problem) => problem.fatal) ? ExitCode.someInputsFailed : ExitCode.ok;
}

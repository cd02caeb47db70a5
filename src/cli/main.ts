import { AuthenticationError, ForbiddenError, isInputError, NotFoundError } from '../core/index.js';
import { analyzeCommand } from './commands/analyze.command.js';
import { processIo, type CommandIo } from './commands/command-io.js';
import { ingestCommand } from './commands/ingest.command.js';
import { serveCommand } from './commands/serve.command.js';
import { agreementCommand } from './commands/agreement.command.js';
import { assessCommand } from './commands/assess.command.js';
import { auditCommand } from './commands/audit.command.js';
import { exportCommand } from './commands/export.command.js';
import { followupCommand } from './commands/followup.command.js';
import { proposeCommand } from './commands/propose.command.js';
import { reportCommand } from './commands/report.command.js';
import { reviewCommand } from './commands/review.command.js';
import { watchCommand } from './commands/watch.command.js';
import { userCommand } from './commands/user.command.js';
import { jobsCommand } from './commands/jobs.command.js';
import { workerCommand } from './commands/worker.command.js';
import { isWriteConflict } from '../services/open-store.js';
import { ExitCode } from './exit-codes.js';
import { helpText } from './help.js';
import { UsageError } from './usage-error.js';

type Command = (args: readonly string[], io: CommandIo) => Promise<number>;

const commands: Readonly<Record<string, Command>> = {
  analyze: analyzeCommand,
  ingest: ingestCommand,
  serve: serveCommand,
  agreement: agreementCommand,
  assess: assessCommand,
  propose: proposeCommand,
  review: reviewCommand,
  followup: followupCommand,
  report: reportCommand,
  audit: auditCommand,
  watch: watchCommand,
  export: exportCommand,
  user: userCommand,
  worker: workerCommand,
  jobs: jobsCommand,
};

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText);
    return name ? ExitCode.ok : ExitCode.usage;
  }
  const command = commands[name];
  if (!command) {
    io.error(`puente: unknown command "${name}"; run \`puente help\``);
    return ExitCode.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.error(`puente ${name}: ${(error as Error).message}; run \`puente help\``);
      return ExitCode.usage;
    }
    if (
      isInputError(error) ||
      error instanceof NotFoundError ||
      error instanceof ForbiddenError ||
      error instanceof AuthenticationError
    ) {
      io.error(`puente ${name}: ${error.message}`);
      return ExitCode.someInputsFailed;
    }
    if (isWriteConflict(error)) {
      io.error(
        `puente ${name}: the store stayed busy with other writers through every retry (${(error as Error).message}); try again`,
      );
      return ExitCode.store;
    }
    io.error(`puente ${name}: internal error — please report it with the input that caused it`);
    io.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return ExitCode.internal;
  }
}

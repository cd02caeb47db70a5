import { parseArgs } from 'node:util';
import { AuditService } from '../../services/audit.service.js';
import { ExitCode } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

/** `puente audit verify | log`: check the hash chain of the audit log, or print it. */
export async function auditCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { db: { type: 'string' } } });
  const [action] = positionals;
  return withStore(values.db, io, async (db) => {
    const audit = new AuditService(db);
    if (action === 'verify') {
      const { entries, problems } = await audit.verify();
      if (!problems.length) {
        io.out(`Audit log intact: ${entries} entries, each linked to the one before.`);
        return ExitCode.ok;
      }
      for (const problem of problems) io.error(`audit: ${problem.problem}`);
      return ExitCode.someInputsFailed;
    }
    if (action === 'log') {
      for (const entry of await audit.entries()) io.out(`${String(entry.seq).padStart(5)}  ${entry.at}  ${entry.actor}  ${entry.action}  ${entry.subject}`);
      return ExitCode.ok;
    }
    throw new UsageError('use: audit verify | audit log');
  });
}

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { auditKeyPath, loadAuditKey } from '../../services/audit-key.js';
import { readSignedHead } from '../../services/audit.service.js';
import { ExitCode } from '../exit-codes.js';
import { databasePathFrom } from '../options.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

/**
 * `puente audit verify [--against HEAD_FILE] | head [--out FILE] | log`: check the audit log (its
 * chain, a saved head, and the state it replays to), sign its head for the parties to keep, or print it.
 */
export async function auditCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { db: { type: 'string' }, key: { type: 'string' }, against: { type: 'string' }, out: { type: 'string' } },
  });
  const [action] = positionals;
  if (action !== 'verify' && action !== 'head' && action !== 'log')
    throw new UsageError('use: audit verify [--against HEAD_FILE] | audit head [--out FILE] | audit log');
  if (values.against !== undefined && action !== 'verify') throw new UsageError('--against goes with audit verify');
  const keyPath = auditKeyPath(databasePathFrom(values.db), values.key);
  const against = values.against === undefined ? undefined : await readSignedHead(values.against);
  return withStore(values.db, io, async ({ audit }) => {
    if (action === 'verify') {
      const deploymentKey = against ? await loadAuditKey(keyPath, { create: false }) : undefined;
      const { entries, problems } = await audit.verify({ against, deploymentKey });
      const state = await audit.checkState();
      for (const problem of problems) io.error(`audit: ${problem.problem}`);
      for (const problem of state) io.error(`audit: ${problem}`);
      if (problems.length || state.length) return ExitCode.someInputsFailed;
      const anchor = against
        ? `, and entry ${against.seq} still has the hash of the head saved on ${against.signedAt}`
        : '';
      io.out(
        `Audit log intact: ${entries} entries, each linked to the one before${anchor}; assessments and joint statuses match what it records.`,
      );
      return ExitCode.ok;
    }
    if (action === 'head') {
      const head = JSON.stringify(await audit.signedHead(await loadAuditKey(keyPath, { create: true })), null, 2);
      if (values.out) {
        await writeFile(values.out, `${head}\n`);
        io.out(
          `Wrote the signed head to ${values.out}; each party keeps a copy to check with: puente audit verify --against FILE`,
        );
      } else io.out(head);
      return ExitCode.ok;
    }
    for (const entry of await audit.entries())
      io.out(`${String(entry.seq).padStart(5)}  ${entry.at}  ${entry.actor}  ${entry.action}  ${entry.subject}`);
    return ExitCode.ok;
  });
}

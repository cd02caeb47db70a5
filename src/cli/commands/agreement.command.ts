import { parseArgs } from 'node:util';
import { statusLabels, statusWords } from '../../core/index.js';
import { readAgreementFile } from '../../services/agreement-file.js';
import { actingOptions, actorFrom } from '../actor.js';
import { ExitCode } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

/** `puente agreement import FILE | list | show ID`: agreements and their commitments. */
export async function agreementCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: actingOptions,
  });
  const [action, target] = positionals;
  return withStore(values.db, io, async ({ tracking, users, proposals }) => {
    if (action === 'import' && target) {
      const agreement = await readAgreementFile(target);
      const { created } = await tracking.importAgreement(agreement, await actorFrom(users, values, 'without-users'));
      const { proposed } = await proposals.propose(agreement.id);
      io.out(
        `${created ? 'Imported' : 'Updated'} ${agreement.id}: ${agreement.commitments.length} commitments, ${agreement.meetings.length} meetings; ${proposed} new evidence proposals`,
      );
      return ExitCode.ok;
    }
    if (action === 'list') {
      for (const agreement of await tracking.listAgreements())
        io.out(
          `${agreement.id}  ${agreement.date}  ${agreement.title}${agreement.illustrative ? '  (illustrative)' : ''}`,
        );
      return ExitCode.ok;
    }
    if (action === 'show' && target) {
      const board = await tracking.board(target);
      io.out(`${board.title} (${board.date})`);
      for (const c of board.commitments) {
        const views = board.parties
          .map((p) => `${p.code}: ${statusWords(c.assessments.find((a) => a.party === p.code)?.status)}`)
          .join('  ');
        io.out(`  ${c.id}\n    joint: ${statusLabels[c.jointStatus]}${c.overdue ? '  OVERDUE' : ''}   ${views}`);
      }
      return ExitCode.ok;
    }
    throw new UsageError('use: agreement import FILE | agreement list | agreement show ID');
  });
}

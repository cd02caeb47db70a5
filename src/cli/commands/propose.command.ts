import { parseArgs } from 'node:util';
import { agreementIdFrom } from '../default-agreement.js';
import { ExitCode } from '../exit-codes.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

/** `puente propose [--agreement ID]`: propose evidence links from every stored document. */
export async function proposeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { db: { type: 'string' }, agreement: { type: 'string' } } });
  return withStore(values.db, io, async ({ proposals, tracking }) => {
    const { proposed, pending } = await proposals.propose(await agreementIdFrom(tracking, values.agreement));
    io.out(`${proposed} new evidence proposals; ${pending} await review (puente review)`);
    return ExitCode.ok;
  });
}

import { parseArgs } from 'node:util';
import { roles } from '../../core/index.js';
import { actingOptions, actorFrom } from '../actor.js';
import { ExitCode } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { withStore } from '../with-store.js';
import type { CommandIo } from './command-io.js';

const usage =
  'use: user add NAME --role ROLE [--party CODE] [--password-stdin] | user list | user token NAME [--label TEXT] | user revoke-token ID | user password NAME [--password-stdin]';

/** A new password: from standard input with --password-stdin, else asked twice on the terminal. */
async function passwordFrom(io: CommandIo, fromStdin: boolean, who: string): Promise<string> {
  if (fromStdin) {
    if (!io.readStdin) throw new UsageError('--password-stdin: there is no standard input to read');
    // The line break that ends a piped line is not part of the password.
    return (await io.readStdin()).replace(/\r?\n$/, '');
  }
  if (!io.readSecret) throw new UsageError('no terminal to ask for the password on: pipe it in with --password-stdin');
  const first = await io.readSecret(`Password for ${who}: `);
  const again = await io.readSecret('Same password again: ');
  if (first !== again) throw new UsageError('the two passwords differ; nothing was changed');
  return first;
}

/**
 * `puente user add|list|token|revoke-token|password`: users, their roles and parties, their API
 * tokens. Whoever holds the store manages its users from the command line (that is how the first
 * administrator is made); `--as NAME` records an administrator instead.
 */
export async function userCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...actingOptions,
      role: { type: 'string' },
      label: { type: 'string', default: '' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const [action, target] = positionals;
  if (action === 'add' && target && !values.role)
    throw new UsageError(`user add needs --role: one of ${roles.join(', ')}`);
  if (!['add', 'list', 'token', 'revoke-token', 'password'].includes(action ?? '') || (action !== 'list' && !target))
    throw new UsageError(usage);
  return withStore(values.db, io, async ({ users }) => {
    const actor = await actorFrom(users, { as: values.as }, 'always');
    if (action === 'add') {
      const password = await passwordFrom(io, values['password-stdin'], target!);
      const user = await users.add(actor, { name: target!, party: values.party ?? null, role: values.role!, password });
      io.out(`Added ${user.name}: ${user.role}${user.party ? ` for ${user.party}` : ''}`);
      return ExitCode.ok;
    }
    if (action === 'list') {
      const { users: list, tokens } = await users.list(actor);
      if (!list.length)
        io.out('No users: a server on this store runs in the local single-user mode where it may (see puente help)');
      for (const user of list) {
        io.out(
          `${user.name}  ${user.role}${user.party ? `  ${user.party}` : ''}  since ${user.createdAt.slice(0, 10)}`,
        );
        for (const token of tokens.filter((t) => t.user === user.name)) {
          const state = token.revokedAt
            ? `revoked ${token.revokedAt.slice(0, 10)}`
            : `last used ${token.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? 'never'}`;
          io.out(
            `  token ${token.id}${token.label ? ` "${token.label}"` : ''}  made ${token.createdAt.slice(0, 10)}, ${state}`,
          );
        }
      }
      return ExitCode.ok;
    }
    if (action === 'token') {
      const { token, info } = await users.issueToken(actor, target!, values.label);
      io.error(
        `API token ${info.id} for ${info.user}: it is shown this once, so keep it now (send it as Authorization: Bearer TOKEN)`,
      );
      io.out(token);
      return ExitCode.ok;
    }
    if (action === 'revoke-token') {
      const revoked = await users.revokeToken(actor, target!);
      io.out(`Revoked API token ${revoked.id} of ${revoked.user}`);
      return ExitCode.ok;
    }
    const password = await passwordFrom(io, values['password-stdin'], target!);
    await users.setPassword(actor, target!, password);
    io.out(`Changed the password of ${target}; their sessions are signed out`);
    return ExitCode.ok;
  });
}

import type { Kysely } from 'kysely';
import type { Actor, Role } from '../../src/core/index.js';
import type { PasswordCost } from '../../src/services/passwords.js';
import { UsersService } from '../../src/services/users.service.js';
import type { Database } from '../../src/store/schema.js';

/** A scrypt cost low enough for tests to make many users quickly; never for real passwords. */
export const cheapPasswords: PasswordCost = { N: 2 ** 10, r: 8, p: 1 };

/** Every test user's password. */
export const testPassword = 'correct horse battery';

/** Whoever holds the store, as the command line acts: allowed to make users. */
export const storeHolder: Actor = { name: 'command line (test)', party: null, role: 'local' };

/** Users service over a store, hashing with the cheap cost. */
export const testUsers = (db: Kysely<Database>, now?: () => Date) => new UsersService(db, now, cheapPasswords);

/** Adds users with the test password. */
export async function addUsers(
  db: Kysely<Database>,
  users: ReadonlyArray<{ name: string; party: string | null; role: Role }>,
  now?: () => Date,
): Promise<void> {
  const service = testUsers(db, now);
  for (const user of users) await service.add(storeHolder, { ...user, password: testPassword });
}

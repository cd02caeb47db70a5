import type { Kysely, Transaction } from 'kysely';
import type { Role, User } from '../../core/index.js';
import type { Database, UsersTable } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** A user with the stored password hash, for signing in; never leaves the service layer. */
export interface UserWithPassword extends User {
  readonly key: string;
  readonly passwordHash: string;
}

function toUser(row: UsersTable): UserWithPassword {
  return {
    key: row.name_key,
    name: row.name,
    party: row.party,
    role: row.role as Role,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

/** User accounts, looked up by their folded name. */
export class UsersRepository {
  constructor(private readonly db: Executor) {}

  within(trx: Transaction<Database>): UsersRepository {
    return new UsersRepository(trx);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async get(key: string): Promise<UserWithPassword | null> {
    const row = await this.db.selectFrom('users').selectAll().where('name_key', '=', key).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async list(): Promise<UserWithPassword[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('name_key').execute()).map(toUser);
  }

  async add(user: UserWithPassword): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        name_key: user.key,
        name: user.name,
        party: user.party,
        role: user.role,
        password_hash: user.passwordHash,
        created_at: user.createdAt,
      })
      .execute();
  }

  async setPassword(key: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('name_key', '=', key).execute();
  }
}

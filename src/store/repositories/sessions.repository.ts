import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Signed-in sessions, by the hash of their cookie value. */
export class SessionsRepository {
  constructor(private readonly db: Executor) {}

  async add(session: { tokenHash: string; userKey: string; createdAt: string; expiresAt: string }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: session.tokenHash,
        user_key: session.userKey,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  /** The session's user and expiry, or null when there is no such session. */
  async get(tokenHash: string): Promise<{ userKey: string; expiresAt: string } | null> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['user_key', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? { userKey: row.user_key, expiresAt: row.expires_at } : null;
  }

  async remove(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Deletes every session that expired before `now` (ISO time). */
  async removeExpired(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }

  async removeAllOf(userKey: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_key', '=', userKey).execute();
  }
}

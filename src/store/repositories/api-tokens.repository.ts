import type { Kysely, Transaction } from 'kysely';
import type { ApiTokenInfo } from '../../core/index.js';
import type { ApiTokensTable, Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** An API token's row as the service needs it: whose it is, and the user's name as written. */
export interface StoredApiToken extends ApiTokenInfo {
  readonly userKey: string;
}

const columns = [
  'api_tokens.id',
  'api_tokens.user_key',
  'users.name',
  'api_tokens.label',
  'api_tokens.created_at',
  'api_tokens.last_used_at',
  'api_tokens.revoked_at',
] as const;

function toToken(
  row: Pick<ApiTokensTable, 'id' | 'user_key' | 'label' | 'created_at' | 'last_used_at' | 'revoked_at'> & {
    name: string;
  },
): StoredApiToken {
  return {
    id: row.id,
    userKey: row.user_key,
    user: row.name,
    label: row.label,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** API tokens, by id and by the hash of the token. */
export class ApiTokensRepository {
  constructor(private readonly db: Executor) {}

  within(trx: Transaction<Database>): ApiTokensRepository {
    return new ApiTokensRepository(trx);
  }

  async add(token: {
    id: string;
    tokenHash: string;
    userKey: string;
    label: string;
    createdAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: token.id,
        token_hash: token.tokenHash,
        user_key: token.userKey,
        label: token.label,
        created_at: token.createdAt,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
  }

  async byHash(tokenHash: string): Promise<StoredApiToken | null> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.name_key', 'api_tokens.user_key')
      .select(columns)
      .where('api_tokens.token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? toToken(row) : null;
  }

  async byId(id: string): Promise<StoredApiToken | null> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.name_key', 'api_tokens.user_key')
      .select(columns)
      .where('api_tokens.id', '=', id)
      .executeTakeFirst();
    return row ? toToken(row) : null;
  }

  /** Every token, revoked ones too, by user and then age. */
  async list(): Promise<StoredApiToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.name_key', 'api_tokens.user_key')
      .select(columns)
      .orderBy('api_tokens.user_key')
      .orderBy('api_tokens.created_at')
      .orderBy('api_tokens.id')
      .execute();
    return rows.map(toToken);
  }

  async revoke(id: string, at: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async touch(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}

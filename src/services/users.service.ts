import type { Kysely } from 'kysely';
import {
  ForbiddenError,
  InputError,
  NotFoundError,
  type Actor,
  type ApiTokenInfo,
  type Role,
  type User,
} from '../core/index.js';
import type { Database } from '../store/schema.js';
import { ApiTokensRepository } from '../store/repositories/api-tokens.repository.js';
import { AuditRepository } from '../store/repositories/audit.repository.js';
import { SessionsRepository } from '../store/repositories/sessions.repository.js';
import { UsersRepository, type UserWithPassword } from '../store/repositories/users.repository.js';
import { writeTransaction } from '../store/write-transaction.js';
import { authorize, can } from './access-policy.js';
import { defaultPasswordCost, hashPassword, type PasswordCost } from './passwords.js';
import { newSecret, newTokenId, secretHash } from './secret-tokens.js';
import { checkPassword, partyOf, roleOf, userKeyOf, userNameOf } from './user-fields.js';

/** What makes a new user. */
export interface NewUser {
  readonly name: string;
  readonly party: string | null;
  readonly role: Role | string;
  readonly password: string;
}

/** API tokens start with this, so a leaked one is easy to recognise (and to search for). */
export const API_TOKEN_PREFIX = 'puente_';

const publicUser = ({ name, party, role, createdAt }: User): User => ({ name, party, role, createdAt });

/**
 * Users and their API tokens: adding a user, listing, issuing and revoking tokens, changing a
 * password. Administrators manage every user; a user may issue, revoke and change its own.
 */
export class UsersService {
  private readonly users: UsersRepository;
  private readonly tokens: ApiTokensRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    /** The scrypt cost of new password hashes. Default: defaultPasswordCost (tests pass a cheaper one). */
    private readonly passwordCost: PasswordCost = defaultPasswordCost,
  ) {
    this.users = new UsersRepository(db);
    this.tokens = new ApiTokensRepository(db);
  }

  /** How many users the store has; none means a local store may run without sign-in. */
  count(): Promise<number> {
    return this.users.count();
  }

  /** A user by name (any case), or null. */
  async find(name: string): Promise<User | null> {
    const user = await this.users.get(userKeyOf(name));
    return user && publicUser(user);
  }

  /** Adds a user; an assessor must speak for a party. Refused when the name is taken. */
  async add(actor: Actor, input: NewUser): Promise<User> {
    authorize(actor, 'users.manage');
    const name = userNameOf(input.name);
    const role = roleOf(input.role);
    const party = input.party === null || input.party === '' ? null : partyOf(input.party);
    if (role === 'assessor' && !party)
      throw new InputError('party', "is required for an assessor: an assessor writes one party's assessments");
    checkPassword(input.password);
    const passwordHash = await hashPassword(input.password, this.passwordCost);
    const at = this.now().toISOString();
    const user: UserWithPassword = { key: userKeyOf(name), name, party, role, createdAt: at, passwordHash };
    return writeTransaction(this.db, async (trx) => {
      const users = this.users.within(trx);
      const taken = await users.get(user.key);
      if (taken) throw new InputError('name', `"${name}" is taken (by the user "${taken.name}")`);
      await users.add(user);
      await new AuditRepository(trx).append({
        at,
        actor: actor.name,
        action: 'user.add',
        subject: name,
        before: null,
        after: { role, party },
      });
      return publicUser(user);
    });
  }

  /** Every user and every API token (revoked ones too, never the tokens themselves). */
  async list(actor: Actor): Promise<{ users: User[]; tokens: ApiTokenInfo[] }> {
    authorize(actor, 'users.manage');
    const users = (await this.users.list()).map(publicUser);
    const tokens = (await this.tokens.list()).map(({ userKey: _, ...info }) => info);
    return { users, tokens };
  }

  /** Issues an API token for a user; the token is returned this once and only its hash is kept. */
  async issueToken(actor: Actor, userName: string, label = ''): Promise<{ token: string; info: ApiTokenInfo }> {
    const user = await this.users.get(userKeyOf(userName));
    if (!user) throw new NotFoundError('user', userName);
    this.authorizeOwnOrAdmin(actor, user.name, 'issue API tokens for');
    if (label.length > 100) throw new InputError('label', 'is over 100 characters');
    const id = newTokenId();
    const token = `${API_TOKEN_PREFIX}${newSecret()}`;
    const at = this.now().toISOString();
    await writeTransaction(this.db, async (trx) => {
      await this.tokens.within(trx).add({ id, tokenHash: secretHash(token), userKey: user.key, label, createdAt: at });
      await new AuditRepository(trx).append({
        at,
        actor: actor.name,
        action: 'user.token',
        subject: user.name,
        before: null,
        after: { token: id, label },
      });
    });
    return { token, info: { id, user: user.name, label, createdAt: at, lastUsedAt: null, revokedAt: null } };
  }

  /** Revokes an API token by its id; a revoked token signs nothing in from then on. */
  async revokeToken(actor: Actor, id: string): Promise<ApiTokenInfo> {
    const token = await this.tokens.byId(id);
    if (!token) throw new NotFoundError('API token', id);
    this.authorizeOwnOrAdmin(actor, token.user, 'revoke API tokens of');
    if (token.revokedAt) throw new InputError(`API token ${id}`, `was already revoked on ${token.revokedAt}`);
    const at = this.now().toISOString();
    await writeTransaction(this.db, async (trx) => {
      await this.tokens.within(trx).revoke(id, at);
      await new AuditRepository(trx).append({
        at,
        actor: actor.name,
        action: 'user.revoke-token',
        subject: token.user,
        before: { token: id },
        after: { token: id, revokedAt: at },
      });
    });
    const { userKey: _, ...info } = token;
    return { ...info, revokedAt: at };
  }

  /** Sets a user's password and signs out every session of theirs. */
  async setPassword(actor: Actor, userName: string, password: string): Promise<void> {
    const user = await this.users.get(userKeyOf(userName));
    if (!user) throw new NotFoundError('user', userName);
    this.authorizeOwnOrAdmin(actor, user.name, 'change the password of');
    checkPassword(password);
    const passwordHash = await hashPassword(password, this.passwordCost);
    const at = this.now().toISOString();
    await writeTransaction(this.db, async (trx) => {
      await this.users.within(trx).setPassword(user.key, passwordHash);
      await new SessionsRepository(trx).removeAllOf(user.key);
      await new AuditRepository(trx).append({
        at,
        actor: actor.name,
        action: 'user.password',
        subject: user.name,
        before: null,
        after: null,
      });
    });
  }

  /** A user may look after its own tokens and password; anyone else's takes an administrator. */
  private authorizeOwnOrAdmin(actor: Actor, userName: string, what: string): void {
    if (actor.role !== 'local' && userKeyOf(actor.name) === userKeyOf(userName)) return;
    if (!can(actor, 'users.manage'))
      throw new ForbiddenError(`${actor.name} is not an administrator and cannot ${what} ${userName}`);
  }
}

import type { Kysely } from 'kysely';
import { AuthenticationError, type Actor, type User } from '../core/index.js';
import type { Database } from '../store/schema.js';
import { ApiTokensRepository } from '../store/repositories/api-tokens.repository.js';
import { SessionsRepository } from '../store/repositories/sessions.repository.js';
import { UsersRepository } from '../store/repositories/users.repository.js';
import { LoginThrottle, throttleDefaults } from './login-throttle.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { newSecret, secretHash } from './secret-tokens.js';
import { API_TOKEN_PREFIX } from './users.service.js';
import { userKeyOf } from './user-fields.js';

/** How sessions behave. */
export interface SessionOptions {
  /** How long a sign-in lasts, in hours; then the user signs in again. Default 12. */
  readonly sessionHours: number;
}

const defaults: SessionOptions = { sessionHours: 12 };
const TOKEN_TOUCH_MS = 5 * 60_000;

const actorOf = (user: User): Actor => ({ name: user.name, party: user.party, role: user.role });

/**
 * Signing in and out, and telling who a session cookie or an API token belongs to. The actor a
 * session or token yields carries the user's own party and role: nothing a request says changes them.
 */
export class SessionsService {
  private readonly users: UsersRepository;
  private readonly sessions: SessionsRepository;
  private readonly tokens: ApiTokensRepository;

  /** Failures in a row per user name: five, then waiting. */
  private readonly byName: LoginThrottle;
  /** Failures in a row per client address: more allowed, as an office may share one address. */
  private readonly byClient: LoginThrottle;

  constructor(
    db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    private readonly options: SessionOptions = defaults,
  ) {
    const clock = () => now().getTime();
    this.byName = new LoginThrottle(clock);
    this.byClient = new LoginThrottle(clock, { ...throttleDefaults, freeFailures: 19 });
    this.users = new UsersRepository(db);
    this.sessions = new SessionsRepository(db);
    this.tokens = new ApiTokensRepository(db);
  }

  /**
   * Checks a name and password and opens a session: returns the secret for the cookie, once.
   * AuthenticationError for a wrong name or password (the same answer for both), and
   * TooManyAttemptsError after failures in a row for that name or from that client.
   */
  async signIn(
    name: string,
    password: string,
    client: string,
  ): Promise<{ secret: string; user: User; expiresAt: string }> {
    const key = userKeyOf(name);
    this.byName.check(key);
    this.byClient.check(client);
    const user = await this.users.get(key);
    // An unknown name costs a hash too, so timing does not tell which names exist.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !matches) {
      this.byName.failed(key);
      this.byClient.failed(client);
      throw new AuthenticationError('Wrong name or password');
    }
    this.byName.succeeded(key);
    this.byClient.succeeded(client);
    const at = this.now();
    const expiresAt = new Date(at.getTime() + this.options.sessionHours * 3_600_000).toISOString();
    const secret = newSecret();
    await this.sessions.removeExpired(at.toISOString());
    await this.sessions.add({
      tokenHash: secretHash(secret),
      userKey: user.key,
      createdAt: at.toISOString(),
      expiresAt,
    });
    const { passwordHash: _, key: __, ...shown } = user;
    return { secret, user: shown, expiresAt };
  }

  /** The actor of a session cookie's secret, or null when it is unknown or expired. */
  async sessionActor(secret: string): Promise<{ actor: Actor; expiresAt: string } | null> {
    const session = await this.sessions.get(secretHash(secret));
    if (!session) return null;
    if (session.expiresAt <= this.now().toISOString()) {
      await this.sessions.remove(secretHash(secret));
      return null;
    }
    const user = await this.users.get(session.userKey);
    return user ? { actor: actorOf(user), expiresAt: session.expiresAt } : null;
  }

  /** The actor of an API token, or null when it is unknown or revoked. */
  async tokenActor(token: string): Promise<Actor | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const stored = await this.tokens.byHash(secretHash(token));
    if (!stored || stored.revokedAt) return null;
    const user = await this.users.get(stored.userKey);
    if (!user) return null;
    const now = this.now();
    // Noting each use would write on every request; once in a few minutes tells enough.
    if (!stored.lastUsedAt || now.getTime() - Date.parse(stored.lastUsedAt) > TOKEN_TOUCH_MS)
      await this.tokens.touch(stored.id, now.toISOString());
    return actorOf(user);
  }

  /** Ends a session; an unknown one is already ended. */
  async signOut(secret: string): Promise<void> {
    await this.sessions.remove(secretHash(secret));
  }
}

// Users, sessions, API tokens and roles through the services, on a real store of each dialect.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AuthenticationError, ForbiddenError, InputError, TooManyAttemptsError } from '../src/core/index.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { AuditService } from '../src/services/audit.service.js';
import { ProposalService } from '../src/services/proposal.service.js';
import { ReviewService } from '../src/services/review.service.js';
import { SessionsService } from '../src/services/sessions.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import { defaultPasswordCost, hashPassword, verifyPassword } from '../src/services/passwords.js';
import type { Database } from '../src/store/schema.js';
import { PastedTextService } from '../src/services/pasted-text.service.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';
import { addUsers, storeHolder as holder, testPassword as password, testUsers } from './helpers/users.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const tunnels = 'us-mx-security-2025/border-security-tunnels';
// Our own words: a report the example agreement's tunnel commitment can be matched with.
const report = [
  'Joint teams seal cross-border tunnels used to smuggle drugs',
  '',
  'Mexican and U.S. crews finished closing two cross-border tunnels used to smuggle drugs and weapons under the border near Tijuana, officials said on 14 October 2025.',
  '',
  'Customs inspectors at four northern crossings now weigh every fuel tanker, the customs agency said.',
  '',
  'A regional court in Monterrey postponed a hearing on a water dispute until December.',
  '',
  'Farm exports through the port of Manzanillo rose in the third quarter, a trade group reported.',
].join('\n');

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let time: number;
  const now = () => new Date(time);
  let users: ReturnType<typeof testUsers>;
  let sessions: SessionsService;
  /** The actor a user's sign-in yields: its own party and role, from the store. */
  const signedIn = async (name: string, secret = password) =>
    (await sessions.sessionActor((await sessions.signIn(name, secret, '192.0.2.1')).secret))!.actor;

  beforeEach(async () => {
    store = await newTestStore(dialect);
    time = Date.parse('2025-10-01T12:00:00.000Z');
    users = testUsers(store.db, now);
    sessions = new SessionsService(store.db, now);
    await addUsers(
      store.db,
      [
        { name: 'Ana Admin', party: null, role: 'admin' },
        { name: 'Lucía Ortega', party: 'MEX', role: 'assessor' },
        { name: 'Dana Whitfield', party: 'USA', role: 'assessor' },
        { name: 'Nguyễn Thị Hương', party: null, role: 'reviewer' },
        { name: 'Olu Observer', party: 'USA', role: 'observer' },
      ],
      now,
    );
  });
  afterEach(() => store.close());

  it('keeps passwords only as salted scrypt hashes, and names in any script', async () => {
    const rows = await store.db.selectFrom('users').select(['name', 'password_hash']).orderBy('name_key').execute();
    expect(rows.map((r) => r.name)).toEqual([
      'Ana Admin',
      'Dana Whitfield',
      'Lucía Ortega',
      'Nguyễn Thị Hương',
      'Olu Observer',
    ]);
    for (const row of rows) expect(row.password_hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    // The same password, a different salt and so a different hash for each user.
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(rows.length);
    expect(rows.some((r) => r.password_hash.includes(password))).toBe(false);
    expect((await signedIn('nguyễn thị hương')).name).toBe('Nguyễn Thị Hương');
  });

  it("hashes with OWASP's scrypt cost by default, and verifies in constant time whatever cost a hash records", async () => {
    const stored = await hashPassword('contraseña segura', defaultPasswordCost);
    expect(stored).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(await verifyPassword('contraseña segura', stored)).toBe(true);
    expect(await verifyPassword('contrasena segura', stored)).toBe(false);
    expect(await verifyPassword('anything', 'not a hash')).toBe(false);
  });

  it('refuses a taken name in any case, an assessor without a party, an unknown role and a short password', async () => {
    await expect(users.add(holder, { name: 'lucía ORTEGA', party: 'MEX', role: 'observer', password })).rejects.toThrow(
      'name: "lucía ORTEGA" is taken (by the user "Lucía Ortega")',
    );
    await expect(users.add(holder, { name: 'Sam', party: null, role: 'assessor', password })).rejects.toThrow(
      /party: is required for an assessor/,
    );
    await expect(users.add(holder, { name: 'Sam', party: 'MEX', role: 'boss', password })).rejects.toThrow(InputError);
    await expect(users.add(holder, { name: 'Sam', party: 'Mexico', role: 'observer', password })).rejects.toThrow(
      /ISO alpha-3/,
    );
    await expect(users.add(holder, { name: 'Sam', party: null, role: 'observer', password: 'short' })).rejects.toThrow(
      'password: is shorter than 10 characters',
    );
    await expect(users.add(holder, { name: 'Sam\u202Emaxe', party: null, role: 'observer', password })).rejects.toThrow(
      'name: has control characters',
    );
  });

  it('lets only an administrator add and list users', async () => {
    const lucia = await signedIn('Lucía Ortega');
    await expect(users.add(lucia, { name: 'Sam', party: 'MEX', role: 'assessor', password })).rejects.toThrow(
      'Lucía Ortega is an assessor and cannot manage users (an administrator does)',
    );
    await expect(users.list(lucia)).rejects.toThrow(ForbiddenError);
    const ana = await signedIn('Ana Admin');
    await users.add(ana, { name: 'Sam', party: 'MEX', role: 'assessor', password });
    expect((await users.list(ana)).users.map((u) => `${u.name}:${u.role}:${u.party ?? '-'}`)).toContain(
      'Sam:assessor:MEX',
    );
  });

  it('answers a wrong password and an unknown name alike, and ends sessions at their expiry and on sign-out', async () => {
    await expect(sessions.signIn('Lucía Ortega', 'wrong password!', 'a')).rejects.toThrow(
      new AuthenticationError('Wrong name or password'),
    );
    await expect(sessions.signIn('Nobody At All', password, 'a')).rejects.toThrow(
      new AuthenticationError('Wrong name or password'),
    );
    const { secret, expiresAt } = await sessions.signIn('Lucía Ortega', password, 'a');
    expect(expiresAt).toBe('2025-10-02T00:00:00.000Z');
    // Only the secret's hash is stored.
    expect(JSON.stringify(await store.db.selectFrom('sessions').selectAll().execute())).not.toContain(secret);
    expect((await sessions.sessionActor(secret))?.actor).toEqual({
      name: 'Lucía Ortega',
      party: 'MEX',
      role: 'assessor',
    });
    time += 12 * 3_600_000;
    expect(await sessions.sessionActor(secret)).toBeNull();
    const second = await sessions.signIn('Lucía Ortega', password, 'a');
    await sessions.signOut(second.secret);
    expect(await sessions.sessionActor(second.secret)).toBeNull();
  });

  it('slows sign-in down after five wrong passwords in a row, even for the right one, and lets it through after the wait', async () => {
    for (let i = 0; i < 5; i++)
      await expect(sessions.signIn('Dana Whitfield', `guess number ${i}`, '198.51.100.7')).rejects.toThrow(
        AuthenticationError,
      );
    const refused = await sessions.signIn('Dana Whitfield', password, '203.0.113.9').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyAttemptsError);
    expect((refused as TooManyAttemptsError).retryAfterSeconds).toBe(1);
    // Each further failure doubles the wait.
    time += 1000;
    await expect(sessions.signIn('Dana Whitfield', 'one more guess', '198.51.100.7')).rejects.toThrow(
      AuthenticationError,
    );
    await expect(sessions.signIn('Dana Whitfield', password, '203.0.113.9')).rejects.toMatchObject({
      retryAfterSeconds: 2,
    });
    // Other users are not held up, and the owner gets in once the wait is over.
    await expect(sessions.signIn('Lucía Ortega', password, '203.0.113.9')).resolves.toBeDefined();
    time += 2000;
    await expect(sessions.signIn('Dana Whitfield', password, '203.0.113.9')).resolves.toBeDefined();
  });

  it('shows an API token once, keeps only its hash, and refuses it once revoked', async () => {
    const dana = await signedIn('Dana Whitfield');
    const { token, info } = await users.issueToken(dana, 'Dana Whitfield', 'nightly script');
    expect(token).toMatch(/^puente_[\w-]{43}$/);
    expect(JSON.stringify(await store.db.selectFrom('api_tokens').selectAll().execute())).not.toContain(token);
    expect(await sessions.tokenActor(token)).toEqual({ name: 'Dana Whitfield', party: 'USA', role: 'assessor' });
    expect(await sessions.tokenActor(`${token.slice(0, -1)}x`)).toBeNull();
    // One user cannot touch another's tokens; an administrator can.
    const lucia = await signedIn('Lucía Ortega');
    await expect(users.revokeToken(lucia, info.id)).rejects.toThrow(ForbiddenError);
    await expect(users.issueToken(lucia, 'Dana Whitfield')).rejects.toThrow(ForbiddenError);
    await users.revokeToken(await signedIn('Ana Admin'), info.id);
    expect(await sessions.tokenActor(token)).toBeNull();
    await expect(users.revokeToken(dana, info.id)).rejects.toThrow(/was already revoked/);
    const { tokens } = await users.list(holder);
    expect(tokens.map((t) => [t.id, t.user, t.label, t.revokedAt !== null])).toEqual([
      [info.id, 'Dana Whitfield', 'nightly script', true],
    ]);
  });

  it("checks roles in the services: each write takes its role, and an assessor writes its own party's assessment only", async () => {
    const [ana, lucia, dana, reviewer, observer] = await Promise.all(
      ['Ana Admin', 'Lucía Ortega', 'Dana Whitfield', 'Nguyễn Thị Hương', 'Olu Observer'].map((name) => signedIn(name)),
    );
    const tracking = new TrackingService(store.db, now);
    await expect(tracking.importAgreement(agreement, lucia!)).rejects.toThrow(
      'Lucía Ortega is an assessor and cannot import or change agreements (an administrator does)',
    );
    await tracking.importAgreement(agreement, ana!);
    await expect(tracking.assess(lucia!, tunnels, 'USA', { status: 'complete', narrative: 'Done.' })).rejects.toThrow(
      "Lucía Ortega speaks for MEX and cannot write USA's assessment: each party keeps its own",
    );
    await expect(
      tracking.assess(observer!, tunnels, 'USA', { status: 'complete', narrative: 'Done.' }),
    ).rejects.toThrow('Olu Observer is an observer and cannot write assessments');
    await expect(tracking.assess(ana!, tunnels, 'USA', { status: 'complete', narrative: 'Done.' })).rejects.toThrow(
      ForbiddenError,
    );
    await tracking.assess(lucia!, tunnels, 'MEX', { status: 'minimal', narrative: 'Mapping begun.' });
    await tracking.assess(dana!, tunnels, 'USA', { status: 'minimal', narrative: 'Two closed.' });
    expect((await tracking.commitment(tunnels)).assessments.map((a) => `${a.party} by ${a.updatedBy}`)).toEqual([
      'MEX by Lucía Ortega',
      'USA by Dana Whitfield',
    ]);

    const pasted = new PastedTextService(store.db);
    const upload = { text: report, name: 'tunnels.txt', format: 'text' as const, store: true };
    await expect(pasted.analyze(observer!, upload)).rejects.toThrow(
      'Olu Observer is an observer and cannot add documents',
    );
    expect((await pasted.analyze(observer!, { ...upload, store: false })).stored).toBeNull();
    expect((await pasted.analyze(reviewer!, upload)).stored).not.toBeNull();
    await new ProposalService(store.db, now).propose(agreement.id);
    const review = new ReviewService(store.db, now);
    const [first] = await review.list({ state: 'pending' });
    expect(first).toBeDefined();
    await expect(review.decide(lucia!, first!.id, 'accepted')).rejects.toThrow(
      'Lucía Ortega is an assessor and cannot decide on evidence proposals (a reviewer does)',
    );
    await expect(review.decide(ana!, first!.id, 'accepted')).rejects.toThrow(ForbiddenError);
    await review.decide(reviewer!, first!.id, 'accepted');

    // Every audit entry names the user that acted.
    const entries = await new AuditService(store.db).entries();
    expect(entries.map((e) => `${e.action} ${e.actor}`)).toEqual([
      'user.add command line (test)',
      'user.add command line (test)',
      'user.add command line (test)',
      'user.add command line (test)',
      'user.add command line (test)',
      'agreement.import Ana Admin',
      'assessment.write Lucía Ortega',
      'assessment.write Dana Whitfield',
      'status.joint Dana Whitfield',
      'proposal.accept Nguyễn Thị Hương',
    ]);
    expect((await new AuditService(store.db).verify()).problems).toEqual([]);
  });
});

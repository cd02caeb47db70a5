// `puente user …` and acting as a user from the command line, on a real SQLite file; and what
// `puente serve` says at start about signing in.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { AuditService } from '../src/services/audit.service.js';
import { SessionsService } from '../src/services/sessions.service.js';
import { openDatabase } from '../src/store/database.js';
import { captureIo } from './helpers/capture-io.js';
import { bundleCli } from './helpers/cli-process.js';
import { repoRoot } from './helpers/shared.js';
import { addUsers } from './helpers/users.js';

const agreementFile = join(repoRoot, 'example', 'agreement.yaml');
const tunnels = 'us-mx-security-2025/border-security-tunnels';

/** Runs the CLI in this process with `stdin` as standard input. */
async function run(args: readonly string[], stdin?: string) {
  const io = { ...captureIo(), ...(stdin === undefined ? {} : { readStdin: async () => stdin }) };
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('puente user', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'puente-users-'));
    db = join(dir, 'store.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the first administrator with a password from standard input, and lists users', async () => {
    expect(
      await run(
        ['user', 'add', 'Ana Admin', '--role', 'admin', '--password-stdin', '--db', db],
        'una contraseña larga\n',
      ),
    ).toEqual({ code: 0, stdout: ['Added Ana Admin: admin'], stderr: [] });
    const store = await openDatabase({ dialect: 'sqlite', path: db });
    try {
      // The line break that ends the piped password is not part of it.
      expect((await new SessionsService(store).signIn('Ana Admin', 'una contraseña larga', 'test')).user.role).toBe(
        'admin',
      );
      expect((await new AuditService(store).entries()).map((e) => `${e.action} ${e.subject} by ${e.actor}`)).toEqual([
        expect.stringMatching(/^user\.add Ana Admin by command line \(.+\)$/),
      ]);
    } finally {
      await store.destroy();
    }
    const list = await run(['user', 'list', '--db', db]);
    expect(list.stdout).toEqual([expect.stringMatching(/^Ana Admin {2}admin {2}since \d{4}-\d{2}-\d{2}$/)]);
  });

  it('refuses an assessor without a party, an unknown role, and a missing password, each in one line', async () => {
    expect(
      await run(['user', 'add', 'Sam', '--role', 'assessor', '--password-stdin', '--db', db], 'long enough password'),
    ).toMatchObject({
      code: 1,
      stderr: ["puente user: party: is required for an assessor: an assessor writes one party's assessments"],
    });
    expect(
      (await run(['user', 'add', 'Sam', '--role', 'boss', '--password-stdin', '--db', db], 'long enough password'))
        .code,
    ).toBe(1);
    expect(await run(['user', 'add', 'Sam', '--role', 'observer', '--db', db])).toMatchObject({
      code: 2,
      stderr: [
        'puente user: no terminal to ask for the password on: pipe it in with --password-stdin; run `puente help`',
      ],
    });
    expect((await run(['user', 'add', 'Sam', '--db', db])).code).toBe(2);
  });

  it('prints an API token once on standard output, lists it by id, and revokes it', async () => {
    const store = await openDatabase({ dialect: 'sqlite', path: db });
    await addUsers(store, [{ name: 'Lucía Ortega', party: 'MEX', role: 'assessor' }]);
    const issued = await run(['user', 'token', 'lucía ortega', '--label', 'nightly', '--db', db]);
    expect(issued.code).toBe(0);
    expect(issued.stdout).toEqual([expect.stringMatching(/^puente_[\w-]{43}$/)]);
    expect(issued.stderr[0]).toMatch(/^API token ([\w-]{12}) for Lucía Ortega: it is shown this once/);
    const id = /^API token ([\w-]{12})/.exec(issued.stderr[0]!)![1]!;
    try {
      expect(await new SessionsService(store).tokenActor(issued.stdout[0]!)).toEqual({
        name: 'Lucía Ortega',
        party: 'MEX',
        role: 'assessor',
      });
      expect((await run(['user', 'list', '--db', db])).stdout[1]).toMatch(
        new RegExp(
          `^  token ${id} "nightly"  made \\d{4}-\\d{2}-\\d{2}, last used \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`,
        ),
      );
      expect(await run(['user', 'revoke-token', id, '--db', db])).toMatchObject({
        code: 0,
        stdout: [`Revoked API token ${id} of Lucía Ortega`],
      });
      expect(await new SessionsService(store).tokenActor(issued.stdout[0]!)).toBeNull();
      expect((await run(['user', 'revoke-token', id, '--db', db])).stderr[0]).toMatch(/was already revoked/);
    } finally {
      await store.destroy();
    }
  });

  it('makes --as name a user once the store has users, whose party and role then hold', async () => {
    const store = await openDatabase({ dialect: 'sqlite', path: db });
    await addUsers(store, [
      { name: 'Ana Admin', party: null, role: 'admin' },
      { name: 'Lucía Ortega', party: 'MEX', role: 'assessor' },
    ]);
    await store.destroy();
    expect(await run(['agreement', 'import', agreementFile, '--db', db])).toMatchObject({
      code: 2,
      stderr: [
        'puente agreement: say which user is acting with --as NAME (this store has users; see puente user list); run `puente help`',
      ],
    });
    expect(await run(['agreement', 'import', agreementFile, '--db', db, '--as', 'Lucía Ortega'])).toMatchObject({
      code: 1,
      stderr: [
        'puente agreement: Lucía Ortega is an assessor and cannot import or change agreements (an administrator does)',
      ],
    });
    expect((await run(['agreement', 'import', agreementFile, '--db', db, '--as', 'Ana Admin'])).code).toBe(0);
    const assess = ['assess', tunnels, '--status', 'minimal', '--narrative', 'Mapping begun.', '--db', db];
    expect(await run([...assess, '--as', 'Somebody Else', '--party', 'MEX'])).toMatchObject({
      code: 2,
      stderr: [
        'puente assess: --as Somebody Else: this store has no such user (see puente user list); run `puente help`',
      ],
    });
    expect(await run([...assess, '--as', 'Lucía Ortega', '--party', 'USA'])).toMatchObject({
      code: 2,
      stderr: ['puente assess: --party USA: Lucía Ortega speaks for MEX; run `puente help`'],
    });
    expect(await run([...assess, '--as', 'Lucía Ortega', '--for', 'USA'])).toMatchObject({ code: 1 });
    expect(await run([...assess, '--as', 'lucía ortega'])).toEqual({
      code: 0,
      stdout: [`MEX assessment of ${tunnels}: minimal`],
      stderr: [],
    });
    const reopened = await openDatabase({ dialect: 'sqlite', path: db });
    try {
      expect((await new AuditService(reopened).entries()).slice(-1).map((e) => `${e.action} ${e.actor}`)).toEqual([
        'assessment.write Lucía Ortega',
      ]);
    } finally {
      await reopened.destroy();
    }
  });
});

describe('puente serve, at start', () => {
  let cli: Awaited<ReturnType<typeof bundleCli>>;
  let dir: string;
  beforeAll(async () => {
    cli = await bundleCli();
    dir = mkdtempSync(join(tmpdir(), 'puente-serve-notice-'));
  });
  afterAll(() => {
    cli.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts `puente serve`, returns what it printed once it printed `until`, and stops it. */
  const startAndStop = (args: readonly string[], until: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [cli.script, 'serve', '--port', '0', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`no ${until} in: ${out}`));
      }, 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (until.test(out)) child.kill('SIGTERM');
      });
      child.stderr.on('data', (chunk: Buffer) => void (out += chunk.toString()));
      child.on('close', () => {
        clearTimeout(timer);
        resolve(out);
      });
    });

  it('says so on a local store without users, and how to make the first administrator on a shared address', async () => {
    const db = join(dir, 'store.db');
    const local = await startAndStop(['--db', db], /turns|Adding a user/);
    expect(local).toMatch(/^Puente is serving on http:\/\/localhost:\d+\/ \(listening on 127\.0\.0\.1:\d+;/m);
    expect(local).toContain(
      'Local single-user mode: no sign-in, because the store is an embedded file without users and the server listens on this computer only.',
    );
    const shared = await startAndStop(['--db', db, '--host', '0.0.0.0'], /puente user add/);
    expect(shared).toContain(
      'This store has no users yet, so nobody can sign in. Create the first administrator, then sign in at the address above:',
    );
    expect(shared).toContain(`  puente user add NAME --role admin [--party CODE] --db ${db}`);
  });
});

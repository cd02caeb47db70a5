import { readFile } from 'node:fs/promises';
import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  checkAgainstSavedHead,
  GENESIS_HASH,
  InputError,
  replayAuditLog,
  signAuditHead,
  verifyAuditLog,
  type AuditEntry,
  type AuditProblem,
  type SignedAuditHead,
} from '../core/index.js';
import type { Database } from '../store/schema.js';
import { AgreementsRepository } from '../store/repositories/agreements.repository.js';
import { AssessmentsRepository } from '../store/repositories/assessments.repository.js';
import { AuditRepository } from '../store/repositories/audit.repository.js';
import { publicKeyPem } from './audit-key.js';

const signedHeadSchema = z.object({
  format: z.literal('puente-audit-head/1'),
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
  signedAt: z.string(),
  publicKey: z.string().includes('PUBLIC KEY'),
  signature: z.string().min(1),
});

/** Reads a saved head file; InputError naming the file when it is not one. */
export async function readSignedHead(path: string): Promise<SignedAuditHead> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError(path, `is not a saved audit head (${(error as Error).message})`, { cause: error });
  }
  const parsed = signedHeadSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      path,
      `is not a saved audit head (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'})`,
    );
  }
  return parsed.data;
}

/** Reading, verifying and anchoring the append-only audit log. */
export class AuditService {
  private readonly audit: AuditRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.audit = new AuditRepository(db);
  }

  entries(): Promise<AuditEntry[]> {
    return this.audit.all();
  }

  /**
   * Checks the hash chain, and with `against` a head saved earlier (signed with `deploymentKey`'s
   * private half); an empty list means the log is intact.
   */
  async verify(
    options: { against?: SignedAuditHead; deploymentKey?: KeyObject } = {},
  ): Promise<{ entries: number; problems: AuditProblem[] }> {
    const entries = await this.audit.all();
    const problems = verifyAuditLog(entries, await this.audit.head());
    if (options.against) {
      const key = options.deploymentKey ? publicKeyPem(options.deploymentKey) : options.against.publicKey;
      problems.push(...checkAgainstSavedHead(entries, options.against, key));
    }
    return { entries: entries.length, problems };
  }

  /** The newest entry signed with the deployment's key; refused while the chain is broken. */
  async signedHead(privateKey: KeyObject): Promise<SignedAuditHead> {
    const entries = await this.audit.all();
    const [problem] = verifyAuditLog(entries, await this.audit.head());
    // Signing a broken chain would vouch for the tampering.
    if (problem) throw new InputError('audit log', `is not intact, so its head is not signed: ${problem.problem}`);
    const last = entries.at(-1);
    return signAuditHead(
      last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH },
      privateKey,
      this.now().toISOString(),
    );
  }

  /**
   * Compares the current assessments and joint statuses with what the log replays to, so that an
   * edit of those tables that bypasses the log shows. Returns one line per difference.
   */
  async checkState(): Promise<string[]> {
    const replay = replayAuditLog(await this.audit.all());
    const agreementsRepo = new AgreementsRepository(this.db);
    const assessmentsRepo = new AssessmentsRepository(this.db);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const header of await agreementsRepo.list()) {
      for (const commitment of (await agreementsRepo.get(header.id))?.commitments ?? []) {
        const joint = replay.jointStatuses.get(commitment.id);
        if (joint === undefined)
          problems.push(`commitment ${commitment.id} is in the store but no import of it is in the log`);
        else if (joint !== commitment.jointStatus)
          problems.push(
            `commitment ${commitment.id}: the joint status is ${commitment.jointStatus}, but the log replays to ${joint}: it was changed outside Puente`,
          );
        for (const assessment of await assessmentsRepo.assessments(commitment.id)) {
          const key = `${commitment.id}#${assessment.party}`;
          seen.add(key);
          const logged = replay.assessments.get(key);
          if (!logged) {
            problems.push(
              `${assessment.party}'s assessment of ${commitment.id} is in the store but not in the log: it was added outside Puente`,
            );
            continue;
          }
          const evidence = assessment.evidence.map((e) => `${e.documentId}@${e.start}-${e.end}`).sort();
          const differs = [
            logged.status !== assessment.status && `status ${assessment.status} (log: ${logged.status})`,
            logged.narrative !== assessment.narrative && 'narrative',
            logged.evidence.join() !== evidence.join() && 'evidence',
            (logged.by !== assessment.updatedBy || logged.at !== assessment.updatedAt) && 'author or time',
          ].filter(Boolean);
          if (differs.length)
            problems.push(
              `${assessment.party}'s assessment of ${commitment.id} differs from what the log replays to (${differs.join(', ')}): it was changed outside Puente`,
            );
        }
      }
    }
    for (const key of replay.assessments.keys()) {
      const [commitmentId, party] = key.split('#');
      if (!seen.has(key))
        problems.push(
          `the log records ${party}'s assessment of ${commitmentId}, but the store has none: it was deleted outside Puente`,
        );
    }
    return problems;
  }
}

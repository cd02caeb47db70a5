import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { implementationStatuses, InputError, type Evidence } from '../core/index.js';
import { isFailedAnalysis } from '../pipeline/index.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import type { Database } from '../store/schema.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import { TrackingService } from './tracking.service.js';

const partyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as USA or MEX');

/** A file of party assessments (the bundled example's `example/assessments.yaml`). */
const assessmentsFileSchema = z.strictObject({
  /** Who writes each party's assessments. */
  desks: z.record(partyCode, z.string().min(1)),
  assessments: z.array(
    z.strictObject({
      commitment: z.string().min(1),
      party: partyCode,
      at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
      status: z.enum(implementationStatuses),
      narrative: z.string().default(''),
      /** A stored document by its file name, and words of the sentence to cite. */
      evidence: z.array(z.strictObject({ document: z.string().min(1), words: z.string().min(3) })).default([]),
    }),
  ),
});

/**
 * Records the assessments of a file, each as its party's desk through `TrackingService.assess`
 * (which refuses a desk writing another party's), dated as the file says. Commitment ids are local
 * to `agreementId`. Evidence cites the whole sentence holding the file's words; InputError names the
 * file and what is wrong (an unknown document, words not found).
 */
export async function loadAssessmentsFile(db: Kysely<Database>, path: string, agreementId: string): Promise<number> {
  const parsed = assessmentsFileSchema.safeParse(parseYaml(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(path, `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'is invalid'}`);
  }
  const documents = new DocumentsRepository(db);
  const byName = new Map<string, string>();
  for (const id of await documents.ids())
    for (const { locator } of await documents.locatorsOf(id)) byName.set(basename(locator), id);
  const cite = async (name: string, words: string): Promise<Evidence> => {
    const id = byName.get(name);
    const document = id ? await documents.sourceDocument(id) : null;
    if (!document) throw new InputError(path, `cites ${name}, which is not in the store`);
    const at = document.text.indexOf(words);
    if (at < 0) throw new InputError(path, `cites "${words}", which ${name} does not say`);
    const analysis = await analyzeWithinBudget(document);
    const sentence = isFailedAnalysis(analysis)
      ? null
      : analysis.layers.sentences.find((s) => s.start <= at && at < s.end);
    return {
      documentId: document.id,
      start: sentence?.start ?? at,
      end: Math.max(sentence?.end ?? 0, at + words.length),
      kind: 'sentence',
      note: null,
    };
  };
  for (const item of parsed.data.assessments) {
    const desk = parsed.data.desks[item.party];
    if (!desk) throw new InputError(path, `names no desk for ${item.party}`);
    const evidence = await Promise.all(item.evidence.map((e) => cite(e.document, e.words)));
    const tracking = new TrackingService(db, () => new Date(`${item.at}T12:00:00Z`));
    await tracking.assess(
      { name: desk, party: item.party, role: 'local' },
      `${agreementId}/${item.commitment}`,
      item.party,
      { status: item.status, narrative: item.narrative, evidence },
    );
  }
  return parsed.data.assessments.length;
}

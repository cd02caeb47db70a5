import { z } from 'zod';
import { InputError, type Agreement } from '../core/index.js';
import { parseYamlFile, readTextFile } from './yaml-file.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens');
const partyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as USA or MEX');

const commitmentSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  text: z.string().min(1),
  parties: z.array(partyCode).min(1),
  leads: z.record(partyCode, z.string().min(1)).default({}),
  area: z.string().min(1),
  contexts: z.array(z.string()).default([]),
  keywords: z.array(z.string()).default([]),
  start: isoDate.nullable().default(null),
  due: isoDate.nullable().default(null),
  cadence: z.string().nullable().default(null),
  milestones: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        due: isoDate.nullable().default(null),
        done: isoDate.nullable().default(null),
      }),
    )
    .default([]),
  indicators: z
    .array(
      z.strictObject({
        id: slug,
        name: z.string().min(1),
        words: z.array(z.string().min(1)).min(1),
        target: z.number().nullable().default(null),
        by: isoDate.nullable().default(null),
      }),
    )
    .default([]),
});

/** The shape of an agreement file; keys in snake_case as people write YAML. */
export const agreementFileSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  date: isoDate,
  illustrative: z.boolean().default(false),
  facts_as_of: isoDate.nullable().default(null),
  sources: z.array(z.string()).default([]),
  parties: z.array(z.strictObject({ code: partyCode, name: z.string().min(1) })).min(2),
  meetings: z
    .array(
      z.strictObject({ date: isoDate, place: z.string().nullable().default(null), summary: z.string().default('') }),
    )
    .default([]),
  commitments: z.array(commitmentSchema).min(1),
});

/** Parses and validates an agreement file; errors name the file, the line and the field. */
export function parseAgreementFile(source: string, path: string): Agreement {
  return toAgreement(parseYamlFile(source, path, agreementFileSchema), path);
}

function toAgreement(file: z.infer<typeof agreementFileSchema>, path: string): Agreement {
  const partyCodes = new Set(file.parties.map((party) => party.code));
  const seen = new Set<string>();
  const commitments = file.commitments.map((commitment) => {
    if (seen.has(commitment.id)) throw new InputError(path, `commitment id "${commitment.id}" appears twice`);
    seen.add(commitment.id);
    const unknown = [...commitment.parties, ...Object.keys(commitment.leads)].find((code) => !partyCodes.has(code));
    if (unknown)
      throw new InputError(
        path,
        `commitment "${commitment.id}" names party ${unknown}, which is not among the agreement's parties`,
      );
    return { ...commitment, id: `${file.id}/${commitment.id}`, agreementId: file.id };
  });
  return {
    id: file.id,
    title: file.title,
    date: file.date,
    parties: file.parties,
    sources: file.sources,
    illustrative: file.illustrative,
    factsAsOf: file.facts_as_of,
    meetings: [...file.meetings].sort((a, b) => a.date.localeCompare(b.date)),
    commitments,
  };
}

/** Reads an agreement file from disk. */
export async function readAgreementFile(path: string): Promise<Agreement> {
  return parseAgreementFile(await readTextFile(path), path);
}

import { z } from 'zod';
import type { KnownActor } from '../core/index.js';
import { parseYamlFile, readTextFile } from './yaml-file.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const country = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as USA or MEX');

const actorSchema = z.strictObject({
  name: z.string().min(2),
  kind: z.enum(['person', 'organization', 'place', 'country']).default('person'),
  aliases: z.array(z.string().min(1)).default([]),
  country: country.nullable().default(null),
  offices: z
    .array(
      z.strictObject({
        role: z.string().min(1),
        country: country.nullable().default(null),
        from: isoDate.nullable().default(null),
        to: isoDate.nullable().default(null),
      }),
    )
    .default([]),
});

/** A file of actors a user adds to the built-in ones: `actors: [{ name, kind, aliases, country, offices }]`. */
export const actorsFileSchema = z.strictObject({ actors: z.array(actorSchema).min(1) });

/** Parses and validates an actors file; errors name the file, the line and the field. */
export function parseActorsFile(source: string, path: string): KnownActor[] {
  return parseYamlFile(source, path, actorsFileSchema).actors;
}

/** Reads an actors file from disk. */
export async function readActorsFile(path: string): Promise<KnownActor[]> {
  return parseActorsFile(await readTextFile(path), path);
}

import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, type KnownActor } from '../core/index.js';

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
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? '?' : lineCounter.linePos(offset).line);
  const yamlError = document.errors[0];
  if (yamlError)
    throw new InputError(
      `${path}:${lineOf(yamlError.pos[0])}`,
      `is not valid YAML: ${yamlError.message.split('\n')[0]}`,
    );
  const parsed = actorsFileSchema.safeParse(document.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = document.getIn(issue.path as Array<string | number>, true) as
      { range?: [number, number, number] } | undefined;
    throw new InputError(
      `${path}:${lineOf(node?.range?.[0])}`,
      `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
    );
  }
  return parsed.data.actors;
}

/** Reads an actors file from disk. */
export async function readActorsFile(path: string): Promise<KnownActor[]> {
  const source = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(path, `cannot be read (${error.code ?? error.message})`, { cause: error });
  });
  return parseActorsFile(source, path);
}

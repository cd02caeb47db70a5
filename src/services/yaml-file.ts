import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../core/index.js';

type Located = { range?: [number, number, number] } | undefined;

/**
 * Parses a YAML file and validates it against `schema`; the first error names the file, the line and
 * the field, as `path:line`. A field that is missing has no line of its own: the line of its parent.
 */
export function parseYamlFile<Schema extends z.ZodType>(
  source: string,
  path: string,
  schema: Schema,
): z.output<Schema> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? '?' : lineCounter.linePos(offset).line);
  const yamlError = document.errors[0];
  if (yamlError)
    throw new InputError(
      `${path}:${lineOf(yamlError.pos[0])}`,
      `is not valid YAML: ${yamlError.message.split('\n')[0]}`,
    );
  const parsed = schema.safeParse(document.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = document.getIn(issue.path as Array<string | number>, true) as Located;
    const parent = document.getIn(issue.path.slice(0, -1) as Array<string | number>, true) as Located;
    const line = lineOf(node?.range?.[0] ?? parent?.range?.[0]);
    throw new InputError(`${path}:${line}`, `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** A text file's content; an error names the file and why it cannot be read. */
export async function readTextFile(path: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(path, `cannot be read (${error.code ?? error.message})`, { cause: error });
  });
}

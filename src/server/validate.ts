import type { z } from 'zod';
import { InputError } from '../core/index.js';

/** Parses a request value with zod; a failure is a 400 naming the field and the reason. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, input: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? `${input}.${issue.path.join('.')}` : input;
  throw new InputError(field, issue?.message ?? 'is invalid');
}

/** Reads a JSON body, or says it is not JSON. */
export async function jsonBody(request: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await request.json();
  } catch (error) {
    throw new InputError('body', 'is not valid JSON', { cause: error });
  }
}

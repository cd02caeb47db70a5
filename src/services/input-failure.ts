import { InputError } from '../core/index.js';

/**
 * The one line that reports why one input could not be read or analysed, so that a batch goes on
 * without it. An `InputError` says it in the user's terms; anything else is a bug in a reader or a
 * stage, named as such (with the first line of its cause) for the user to report.
 */
export function failureLine(label: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  const first = (value: unknown) => (value instanceof Error ? value.message : String(value)).split('\n')[0]!;
  const cause = error instanceof Error && error.cause !== undefined ? `: ${first(error.cause)}` : '';
  return `${label}: could not be read or analysed (an internal error: ${first(error)}${cause}); please report it with this file`;
}

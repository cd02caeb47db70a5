/** A mistake on the command line; printed with a pointer to `puente help`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

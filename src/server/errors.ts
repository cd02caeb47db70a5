import type { Context } from 'hono';
import { ForbiddenError, InputError, NotFoundError } from '../core/index.js';
import { isWriteConflict } from '../services/open-store.js';

/** The one JSON error shape the API returns. */
export interface ApiError {
  readonly error: { readonly code: string; readonly message: string };
}

/** Maps domain errors to HTTP statuses in one place; anything else is a logged 500. */
export function handleError(error: Error, c: Context): Response {
  const respond = (status: 400 | 403 | 404 | 500, code: string, message: string) => c.json<ApiError>({ error: { code, message } }, status);
  if (error instanceof InputError) return respond(400, 'bad_input', error.message);
  if (error instanceof NotFoundError) return respond(404, 'not_found', error.message);
  if (error instanceof ForbiddenError) return respond(403, 'forbidden', error.message);
  // Other writers (an ingest beside the server) held the store through every retry: try again later.
  if (isWriteConflict(error)) return c.json<ApiError>({ error: { code: 'store_busy', message: 'The store is busy with other writers; try again' } }, 503, { 'Retry-After': '5' });
  console.error(error);
  return respond(500, 'internal', 'Internal error; the server log has the details');
}

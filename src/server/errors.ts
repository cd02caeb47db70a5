import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  AuthenticationError,
  ForbiddenError,
  InputError,
  NotFoundError,
  TooManyAttemptsError,
  UnreadableDocumentError,
} from '../core/index.js';
import { isWriteConflict } from '../services/open-store.js';

/** The one JSON error shape the API returns. */
export interface ApiError {
  readonly error: { readonly code: string; readonly message: string };
}

/** A refusal of the HTTP shell itself (a cross-site write, a body too large), with its status and code. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** Maps domain errors to HTTP statuses in one place; anything else is a logged 500. */
export function handleError(error: Error, c: Context): Response {
  const respond = (status: ContentfulStatusCode, code: string, message: string, headers: Record<string, string> = {}) =>
    c.json<ApiError>({ error: { code, message } }, status, headers);
  if (error instanceof HttpError) return respond(error.status, error.code, error.message, { ...error.headers });
  if (error instanceof UnreadableDocumentError) return respond(422, 'unreadable_document', error.message);
  if (error instanceof InputError) return respond(400, 'bad_input', error.message);
  if (error instanceof AuthenticationError) return respond(401, 'unauthenticated', error.message);
  if (error instanceof NotFoundError) return respond(404, 'not_found', error.message);
  if (error instanceof ForbiddenError) return respond(403, 'forbidden', error.message);
  if (error instanceof TooManyAttemptsError)
    return respond(429, 'too_many_attempts', error.message, { 'Retry-After': String(error.retryAfterSeconds) });
  // Other writers (an ingest beside the server) held the store through every retry: try again later.
  if (isWriteConflict(error))
    return respond(503, 'store_busy', 'The store is busy with other writers; try again', { 'Retry-After': '5' });
  console.error(error);
  return respond(500, 'internal', 'Internal error; the server log has the details');
}

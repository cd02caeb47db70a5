/** A problem with one input (file, URL, request body): one line that names the input and the reason. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The input concerned: a path, a URL or a field name. */
    readonly input: string,
    /** Why it cannot be used, in words a user understands. */
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${input}: ${reason}`, options);
  }
}

/**
 * A document given whole (pasted or uploaded) that cannot be read or analysed: the request was well
 * formed, but its content is unusable (HTTP 422).
 */
export class UnreadableDocumentError extends InputError {}

/** Something looked up in the store that is not there. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly what: string,
    readonly key: string,
  ) {
    super(`${what} ${JSON.stringify(key)} not found`);
  }
}

/** An actor tried to do what its role does not allow, such as writing another party's assessment. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

/** A request that needs a signed-in user has none, or its sign-in (password, session, token) is not valid. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

/** Too many failed sign-ins in a row: the next try is allowed after `retryAfterSeconds`. */
export class TooManyAttemptsError extends Error {
  override readonly name = 'TooManyAttemptsError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

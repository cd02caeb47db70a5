/** Exit codes of the `puente` command, as documented in the README. */
export const ExitCode = {
  /** Everything went through. */
  ok: 0,
  /** The command ran, but at least one input could not be used; the others went through. */
  someInputsFailed: 1,
  /** The command line was wrong: unknown command or option, missing argument. */
  usage: 2,
  /** The store could not be opened or migrated. */
  store: 3,
  /** The server could not listen: the port is in use or not open to this user. */
  unavailable: 4,
  /** A bug: an unexpected error, printed with its stack. */
  internal: 70,
} as const;

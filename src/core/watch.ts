/** A feed Puente reads on a schedule. Timestamps are ISO 8601 (UTC). */
export interface Watch {
  readonly url: string;
  /** The feed's own title, once read. */
  readonly title: string | null;
  /** How often it is read, in seconds. */
  readonly everySeconds: number;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly createdAt: string;
  readonly lastCheckedAt: string | null;
  readonly lastSuccessAt: string | null;
  /** Why the last read failed, or which of its items did; null after a clean read. */
  readonly lastError: string | null;
  /** Reads failed in a row. */
  readonly failures: number;
  readonly nextTryAt: string;
}

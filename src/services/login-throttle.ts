import { TooManyAttemptsError } from '../core/index.js';

/** How failed sign-ins slow the next ones down. */
export interface ThrottleOptions {
  /** Failures in a row that cost nothing. Default 4: the fifth in a row starts the waiting. */
  readonly freeFailures: number;
  /** Wait after the first failure beyond the free ones, doubled with each further one. Default 1 s. */
  readonly firstDelayMs: number;
  /** Longest wait. Default 15 minutes. */
  readonly maxDelayMs: number;
  /** Most keys remembered; the oldest are forgotten first. Default 10,000. */
  readonly maxKeys: number;
}

/** The defaults of ThrottleOptions. */
export const throttleDefaults: ThrottleOptions = {
  freeFailures: 4,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  maxKeys: 10_000,
};

interface Record {
  failures: number;
  blockedUntil: number;
}

/**
 * Counts failed sign-ins in a row per key (a user name, or a client address) in this process's
 * memory. Beyond the free failures each one makes the key wait, twice as long each time, so a
 * guesser gets a handful of tries an hour while the owner, who gets it right, starts afresh.
 */
export class LoginThrottle {
  private readonly records = new Map<string, Record>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly options: ThrottleOptions = throttleDefaults,
  ) {}

  /** Throws TooManyAttemptsError while the key must still wait. */
  check(key: string): void {
    const wait = (this.records.get(key)?.blockedUntil ?? 0) - this.now();
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new TooManyAttemptsError(
        `Too many failed sign-ins in a row: try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
        seconds,
      );
    }
  }

  failed(key: string): void {
    const record = this.records.get(key) ?? { failures: 0, blockedUntil: 0 };
    record.failures++;
    const beyond = record.failures - this.options.freeFailures;
    if (beyond > 0)
      record.blockedUntil =
        this.now() + Math.min(this.options.maxDelayMs, this.options.firstDelayMs * 2 ** Math.min(beyond - 1, 30));
    // Re-inserting keeps the map in order of last failure, so the oldest go first.
    this.records.delete(key);
    this.records.set(key, record);
    while (this.records.size > this.options.maxKeys) this.records.delete(this.records.keys().next().value!);
  }

  succeeded(key: string): void {
    this.records.delete(key);
  }
}

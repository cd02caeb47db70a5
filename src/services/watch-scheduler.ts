import type { PollResult, WatchService } from './watch.service.js';

/** How often the scheduler looks for due feeds. */
const DEFAULT_TICK_MS = 30_000;

/**
 * Reads watched feeds as they fall due, in this process, on the embedded store: a timer looks for
 * due watches every `tickMs`; one tick runs at a time. Several processes may run one; a watch is
 * taken by one of them (see WatchService.pollDue).
 */
export class WatchScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

  constructor(
    private readonly watches: WatchService,
    private readonly options: {
      readonly tickMs?: number;
      /** Told after each tick that read something (for logs and follow-up work). */
      readonly onPolled?: (results: readonly PollResult[]) => void | Promise<void>;
      readonly onError?: (error: unknown) => void;
    } = {},
  ) {}

  /** Starts ticking; the first tick runs at once. The timer does not keep the process alive. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops ticking and waits for a tick under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Reads the due feeds once. */
  async tick(): Promise<readonly PollResult[]> {
    const results = await this.watches.pollDue();
    if (results.length) await this.options.onPolled?.(results);
    return results;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.schedule(this.options.tickMs ?? DEFAULT_TICK_MS);
        });
    }, delay);
    this.timer.unref();
  }
}

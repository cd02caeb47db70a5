import type { Kysely } from 'kysely';
import { InputError, NotFoundError, type Watch } from '../core/index.js';
import { parseWebUrl, readResource, type Fetched } from '../intake/index.js';
import type { Database } from '../store/schema.js';
import { WatchesRepository } from '../store/repositories/watches.repository.js';
import type { InputProblem } from './analysis.service.js';
import type { IngestOutcome, IngestSummary } from './ingest.service.js';
import { summaryOf, type WebIntakeService } from './web-intake.service.js';

/** How often a feed is read unless the user says otherwise: every 30 minutes. */
export const DEFAULT_EVERY_SECONDS = 30 * 60;
const MIN_EVERY_SECONDS = 60;
const MAX_EVERY_SECONDS = 30 * 24 * 3600;
/** A failing feed is tried again later and later, but at least this often. */
const MAX_BACKOFF_SECONDS = 6 * 3600;
/** An item that failed this many times is not fetched again. */
const ITEM_ATTEMPTS = 3;
/** How long a process holds a watch it is reading before another may take it. */
const LEASE_SECONDS = 10 * 60;

const UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * An interval such as "30m", "2h", "1h30m", "90s" or "1d" in seconds; from one minute to thirty
 * days. `input` names the option or field in the error.
 */
export function parseInterval(value: string, input: string): number {
  const text = value.trim().toLowerCase();
  if (!/^(?:\d+\s*[smhd]\s*)+$/.test(text))
    throw new InputError(input, `"${value}" is not an interval such as 30m, 2h, 1h30m or 1d`);
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)\s*([smhd])/g)) seconds += Number(amount) * UNITS[unit!]!;
  if (seconds < MIN_EVERY_SECONDS)
    throw new InputError(input, `"${value}" is too often; read a feed at most once a minute`);
  if (seconds > MAX_EVERY_SECONDS) throw new InputError(input, `"${value}" is longer than 30 days`);
  return seconds;
}

/** "30m", "2h", "1h30m", "1d". */
export function formatInterval(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('') || '0s';
}

/** What one poll of a watched feed did. */
export interface PollResult {
  readonly url: string;
  /** `not-modified`: the server said the feed is unchanged (HTTP 304). */
  readonly status: 'read' | 'not-modified' | 'failed';
  readonly summary: IngestSummary;
  readonly problems: InputProblem[];
  /** Items in the feed this time; new ones are those not read before. */
  readonly items: number;
  readonly error: string | null;
  readonly nextTryAt: string;
}

const addSeconds = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000).toISOString();

/** Feeds read on a schedule: add, list, remove, and poll those that are due. */
export class WatchService {
  private readonly watches: WatchesRepository;

  constructor(
    db: Kysely<Database>,
    private readonly intake: WebIntakeService,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.watches = new WatchesRepository(db);
  }

  list(): Promise<Watch[]> {
    return this.watches.list();
  }

  /**
   * Watches a feed: it is read at once (so a URL that is not a feed, or cannot be fetched, is
   * refused with the reason) and then every `everySeconds`. Adding a watched URL again changes its
   * interval.
   */
  async add(
    rawUrl: string,
    everySeconds = DEFAULT_EVERY_SECONDS,
  ): Promise<{ watch: Watch; poll: PollResult | null; added: boolean }> {
    const url = parseWebUrl(rawUrl).toString();
    if (await this.watches.get(url)) {
      await this.watches.setEvery(url, everySeconds);
      return { watch: (await this.watches.get(url))!, poll: null, added: false };
    }
    // Refuse what is not a feed before storing anything.
    const fetched = await this.intake.fetch(url);
    if ((await readResource(fetched, this.intake.settings.limits)).kind !== 'feed') {
      throw new InputError(
        url,
        `is not a feed (it is ${fetched.mediaType ?? 'a document'}); to read a page once, use ingest`,
      );
    }
    const at = this.now().toISOString();
    try {
      await this.watches.insert({ url, title: null, everySeconds, createdAt: at, nextTryAt: at });
    } catch (error) {
      // Another writer added it meanwhile: it is watched.
      if (!(await this.watches.get(url))) throw error;
    }
    const poll = await this.poll((await this.watches.get(url))!, fetched);
    return { watch: (await this.watches.get(url))!, poll, added: true };
  }

  /** Stops watching a feed; its documents stay in the store. */
  async remove(rawUrl: string): Promise<void> {
    const url = parseWebUrl(rawUrl).toString();
    if (!(await this.watches.remove(url))) throw new NotFoundError('watch', url);
  }

  /** Reads every watched feed that is due; feeds another process is reading are left to it. */
  async pollDue(): Promise<PollResult[]> {
    const results: PollResult[] = [];
    for (const watch of await this.watches.due(this.now().toISOString())) {
      if (!(await this.watches.claim(watch, addSeconds(this.now(), LEASE_SECONDS)))) continue;
      results.push(await this.poll(watch));
    }
    return results;
  }

  /** Reads one watched feed now, due or not. */
  async pollOne(rawUrl: string): Promise<PollResult> {
    const url = parseWebUrl(rawUrl).toString();
    const watch = await this.watches.get(url);
    if (!watch) throw new NotFoundError('watch', url);
    return this.poll(watch);
  }

  /**
   * Reads a feed with a conditional request, and its new items (and those that failed fewer than
   * three times). A failure is kept as the watch's last error, and the next try backs off.
   */
  private async poll(watch: Watch, prefetched?: Fetched): Promise<PollResult> {
    const checkedAt = this.now().toISOString();
    const problems: InputProblem[] = [];
    try {
      const fetched =
        prefetched ?? (await this.intake.fetch(watch.url, { etag: watch.etag, lastModified: watch.lastModified }));
      if (fetched.notModified) {
        const nextTryAt = addSeconds(this.now(), watch.everySeconds);
        await this.watches.update(watch.url, {
          lastCheckedAt: checkedAt,
          lastSuccessAt: checkedAt,
          lastError: null,
          failures: 0,
          nextTryAt,
        });
        return {
          url: watch.url,
          status: 'not-modified',
          summary: summaryOf([]),
          problems,
          items: 0,
          error: null,
          nextTryAt,
        };
      }
      const resource = await readResource(fetched, this.intake.settings.limits);
      if (resource.kind !== 'feed')
        throw new InputError(watch.url, `is no longer a feed (it is ${fetched.mediaType ?? 'a document'})`);
      const { feed } = resource;
      const seen = await this.watches.items(watch.url);
      const outcomes: Array<IngestOutcome | 'failed'> = [];
      for (const item of feed.items) {
        const known = seen.get(item.id);
        if (known && (known.state === 'stored' || known.attempts >= ITEM_ATTEMPTS)) continue;
        const result = await this.intake.readItem(item, feed, fetched.url, problems);
        outcomes.push(result.outcome);
        const attempts = (known?.attempts ?? 0) + 1;
        await this.watches.recordItem(
          watch.url,
          result.outcome === 'failed'
            ? {
                itemId: item.id,
                locator: result.locator,
                documentId: null,
                state: 'failed',
                attempts,
                error: result.error,
              }
            : {
                itemId: item.id,
                locator: result.locator,
                documentId: result.id,
                state: 'stored',
                attempts,
                error: null,
              },
          this.now().toISOString(),
        );
      }
      const summary = summaryOf(outcomes);
      const failed = problems.filter((p) => p.fatal);
      const error = failed.length
        ? `${failed.length} of ${outcomes.length} new item${outcomes.length === 1 ? '' : 's'} failed; the first: ${failed[0]!.message}`
        : null;
      const nextTryAt = addSeconds(this.now(), watch.everySeconds);
      await this.watches.update(watch.url, {
        title: feed.title,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        lastCheckedAt: checkedAt,
        lastSuccessAt: checkedAt,
        lastError: error,
        failures: 0,
        nextTryAt,
      });
      return { url: watch.url, status: 'read', summary, problems, items: feed.items.length, error, nextTryAt };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const failures = watch.failures + 1;
      const delay = Math.min(
        watch.everySeconds * 2 ** (failures - 1),
        Math.max(watch.everySeconds, MAX_BACKOFF_SECONDS),
      );
      const nextTryAt = addSeconds(this.now(), delay);
      await this.watches.update(watch.url, { lastCheckedAt: checkedAt, lastError: error.message, failures, nextTryAt });
      problems.push({ input: watch.url, message: error.message, fatal: true });
      return {
        url: watch.url,
        status: 'failed',
        summary: summaryOf(['failed']),
        problems,
        items: 0,
        error: error.message,
        nextTryAt,
      };
    }
  }
}

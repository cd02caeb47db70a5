import type { Kysely } from 'kysely';
import { InputError, type SourceDocument } from '../core/index.js';
import {
  documentFromItem,
  fetchUrl,
  HostPolicy,
  itemLocator,
  itemSource,
  pageWithItemMetadata,
  readResource,
  type Feed,
  type FeedItem,
  type Fetched,
} from '../intake/index.js';
import { defaultReadLimits, type ReadLimits } from '../readers/index.js';
import type { Database } from '../store/schema.js';
import type { InputProblem } from './analysis.service.js';
import { IngestService, type IngestOutcome, type IngestProgress, type IngestSummary } from './ingest.service.js';

export { HostPolicy } from '../intake/index.js';

/** How web intake fetches: limits, timeout and the hosts allowed on private addresses. */
export interface WebIntakeSettings {
  readonly limits: ReadLimits;
  /** The whole exchange with one server, redirects and body included. */
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  readonly policy: HostPolicy;
}

export const defaultWebIntakeSettings: WebIntakeSettings = {
  limits: defaultReadLimits,
  timeoutMs: 20_000,
  maxRedirects: 5,
  policy: new HostPolicy(),
};

/** One document stored from the web. */
export interface WebOutcome {
  /** The locator it was stored under: the page's URL after redirects, or the feed item's link. */
  readonly path: string;
  readonly outcome: IngestOutcome;
  readonly id: string;
}

/** What reading a URL did: one page, or every item of a feed. */
export interface UrlIngestResult {
  readonly summary: IngestSummary;
  readonly problems: InputProblem[];
  readonly outcomes: WebOutcome[];
  /** Set when the URL was a feed. */
  readonly feed: { readonly url: string; readonly title: string | null; readonly items: number } | null;
}

/** What reading one feed item did. */
export type ItemResult = { readonly item: FeedItem; readonly locator: string } & (
  { readonly outcome: IngestOutcome; readonly id: string } | { readonly outcome: 'failed'; readonly error: string }
);

/** Reads web pages and feeds into the store: a page is one document, a feed one per item. */
export class WebIntakeService {
  private readonly ingest: IngestService;

  constructor(
    db: Kysely<Database>,
    readonly settings: WebIntakeSettings = defaultWebIntakeSettings,
    now: () => Date = () => new Date(),
  ) {
    this.ingest = new IngestService(db, now);
  }

  /** Fetches with this service's limits; `validators` make the request conditional. */
  fetch(url: string, validators: { etag?: string | null; lastModified?: string | null } = {}): Promise<Fetched> {
    const { limits, timeoutMs, maxRedirects, policy } = this.settings;
    return fetchUrl(url, { maxBytes: limits.maxBytes, timeoutMs, maxRedirects, policy, ...validators });
  }

  /**
   * Reads several URLs once each; one that cannot be fetched or read is reported and counted as
   * failed, and the others go through.
   */
  async ingestUrls(
    urls: readonly string[],
    onProgress?: (progress: IngestProgress) => void,
  ): Promise<UrlIngestResult & { feeds: NonNullable<UrlIngestResult['feed']>[] }> {
    const summary = summaryOf([]);
    const problems: InputProblem[] = [];
    const outcomes: WebOutcome[] = [];
    const feeds: NonNullable<UrlIngestResult['feed']>[] = [];
    for (const url of urls) {
      try {
        const result = await this.ingestUrl(url, onProgress);
        for (const key of Object.keys(summary) as Array<keyof IngestSummary>) summary[key] += result.summary[key];
        problems.push(...result.problems);
        outcomes.push(...result.outcomes);
        if (result.feed) feeds.push(result.feed);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        summary.read++;
        summary.failed++;
        problems.push({ input: url, message: error.message, fatal: true });
        onProgress?.({ done: 1, total: 1, path: url, outcome: 'failed' });
      }
    }
    return { summary, problems, outcomes, feed: feeds[0] ?? null, feeds };
  }

  /**
   * Reads a URL once: a page is stored under its URL; a feed has each item stored under its link.
   * A URL that cannot be fetched or read throws `InputError` naming it and the reason; a feed's
   * items that fail are reported, and the others stored.
   */
  async ingestUrl(url: string, onProgress?: (progress: IngestProgress) => void): Promise<UrlIngestResult> {
    const fetched = await this.fetch(url);
    const resource = await readResource(fetched, this.settings.limits);
    if (resource.kind === 'document') {
      const problems: InputProblem[] = resource.warnings.map((warning) => ({
        input: fetched.requestedUrl,
        message: warning,
        fatal: false,
      }));
      const { outcome, id } = await this.store(resource.document);
      onProgress?.({ done: 1, total: 1, path: resource.document.source.url!, outcome });
      return {
        summary: summaryOf([outcome]),
        problems,
        outcomes: [{ path: resource.document.source.url!, outcome, id }],
        feed: null,
      };
    }
    const { feed } = resource;
    const results: ItemResult[] = [];
    const problems: InputProblem[] = [];
    for (const item of feed.items) {
      const result = await this.readItem(item, feed, fetched.url, problems);
      results.push(result);
      onProgress?.({ done: results.length, total: feed.items.length, path: result.locator, outcome: result.outcome });
    }
    return {
      summary: summaryOf(results.map((r) => r.outcome)),
      problems,
      outcomes: results.flatMap((r) =>
        r.outcome === 'failed' ? [] : [{ path: r.locator, outcome: r.outcome, id: r.id }],
      ),
      feed: { url: fetched.url, title: feed.title, items: feed.items.length },
    };
  }

  /**
   * Reads one feed item: its own content when the feed carries the full text, else its link as a
   * page (falling back to what the feed carries when the page cannot be had). Failures are
   * returned, and added to `problems`, not thrown.
   */
  async readItem(item: FeedItem, feed: Feed, feedUrl: string, problems: InputProblem[]): Promise<ItemResult> {
    const locator = itemLocator(item, feedUrl);
    try {
      let document: SourceDocument;
      let warnings: readonly string[];
      if (itemSource(item) === 'content')
        ({ document, warnings } = documentFromItem(item, feed, feedUrl, this.settings.limits));
      else {
        try {
          const resource = await readResource(await this.fetch(item.url!), this.settings.limits);
          if (resource.kind === 'feed') throw new InputError(item.url!, 'is a feed item whose link is another feed');
          document = pageWithItemMetadata(resource.document, item, feed, feedUrl);
          warnings = resource.warnings;
        } catch (error) {
          if (!(error instanceof InputError) || !(item.content ?? item.summary)) throw error;
          ({ document } = documentFromItem(item, feed, feedUrl, this.settings.limits));
          warnings = [`${error.message}; stored what the feed carries instead`];
        }
      }
      for (const warning of warnings) problems.push({ input: locator, message: warning, fatal: false });
      const { outcome, id } = await this.store(document, locator);
      return { item, locator, outcome, id };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push({ input: locator, message: error.message, fatal: true });
      return { item, locator, outcome: 'failed', error: error.message };
    }
  }

  private async store(
    document: SourceDocument,
    locator = document.source.url!,
  ): Promise<{ outcome: IngestOutcome; id: string }> {
    // Analysed only when its content is not stored already with an analysis by this pipeline version.
    return { outcome: await this.ingest.storeDocument(document, locator), id: document.id };
  }
}

/** The run's counts from each input's outcome. */
export function summaryOf(outcomes: ReadonlyArray<IngestOutcome | 'failed'>): IngestSummary {
  const summary: IngestSummary = { read: 0, new: 0, unchanged: 0, versions: 0, copies: 0, failed: 0, skipped: 0 };
  for (const outcome of outcomes) {
    summary.read++;
    if (outcome === 'failed') summary.failed++;
    else if (outcome === 'new') summary.new++;
    else if (outcome === 'version') summary.versions++;
    else if (outcome === 'copy') summary.copies++;
    else summary.unchanged++;
  }
  return summary;
}

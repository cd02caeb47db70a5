import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Watch } from '../../core/index.js';
import type { Database, WatchesTable } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

function toWatch(row: Selectable<WatchesTable>): Watch {
  return {
    url: row.url,
    title: row.title,
    everySeconds: Number(row.every_seconds),
    etag: row.etag,
    lastModified: row.last_modified,
    createdAt: row.created_at,
    lastCheckedAt: row.last_checked_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    failures: Number(row.failures),
    nextTryAt: row.next_try_at,
  };
}

/** What a poll changes on a watch. */
export interface WatchUpdate {
  readonly title?: string | null;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly lastCheckedAt: string;
  readonly lastSuccessAt?: string | null;
  readonly lastError: string | null;
  readonly failures: number;
  readonly nextTryAt: string;
}

/** An item a watched feed carried, as remembered. */
export interface WatchedItem {
  readonly itemId: string;
  readonly state: 'stored' | 'failed';
  readonly attempts: number;
}

/** Watched feeds and the items read from them. */
export class WatchesRepository {
  constructor(private readonly db: Executor) {}

  async insert(watch: Pick<Watch, 'url' | 'title' | 'everySeconds' | 'createdAt' | 'nextTryAt'>): Promise<void> {
    await this.db
      .insertInto('watches')
      .values({
        url: watch.url,
        title: watch.title,
        every_seconds: watch.everySeconds,
        created_at: watch.createdAt,
        next_try_at: watch.nextTryAt,
        failures: 0,
      })
      .execute();
  }

  /** Changes how often a watch is read; true when it exists. */
  async setEvery(url: string, everySeconds: number): Promise<boolean> {
    const result = await this.db
      .updateTable('watches')
      .set({ every_seconds: everySeconds })
      .where('url', '=', url)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async get(url: string): Promise<Watch | null> {
    const row = await this.db.selectFrom('watches').selectAll().where('url', '=', url).executeTakeFirst();
    return row ? toWatch(row) : null;
  }

  /** Every watch, by URL. */
  async list(): Promise<Watch[]> {
    return (await this.db.selectFrom('watches').selectAll().orderBy('url').execute()).map(toWatch);
  }

  /** Watches whose next try is due at `now`, the most overdue first. */
  async due(now: string): Promise<Watch[]> {
    return (
      await this.db
        .selectFrom('watches')
        .selectAll()
        .where('next_try_at', '<=', now)
        .orderBy('next_try_at')
        .orderBy('url')
        .execute()
    ).map(toWatch);
  }

  /**
   * Takes a due watch for this process by moving its next try to `leaseUntil`, unless another
   * process took it first (its next try is no longer the one read). True when taken.
   */
  async claim(watch: Watch, leaseUntil: string): Promise<boolean> {
    const result = await this.db
      .updateTable('watches')
      .set({ next_try_at: leaseUntil })
      .where('url', '=', watch.url)
      .where('next_try_at', '=', watch.nextTryAt)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async update(url: string, update: WatchUpdate): Promise<void> {
    await this.db
      .updateTable('watches')
      .set({
        ...(update.title !== undefined ? { title: update.title } : {}),
        ...(update.etag !== undefined ? { etag: update.etag } : {}),
        ...(update.lastModified !== undefined ? { last_modified: update.lastModified } : {}),
        ...(update.lastSuccessAt !== undefined ? { last_success_at: update.lastSuccessAt } : {}),
        last_checked_at: update.lastCheckedAt,
        last_error: update.lastError,
        failures: update.failures,
        next_try_at: update.nextTryAt,
      })
      .where('url', '=', url)
      .execute();
  }

  /** Removes a watch and what it remembers of its items; true when it existed. */
  async remove(url: string): Promise<boolean> {
    await this.db.deleteFrom('watch_items').where('watch_url', '=', url).execute();
    const result = await this.db.deleteFrom('watches').where('url', '=', url).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The items of a watch already seen, by item id. */
  async items(url: string): Promise<Map<string, WatchedItem>> {
    const rows = await this.db
      .selectFrom('watch_items')
      .select(['item_id', 'state', 'attempts'])
      .where('watch_url', '=', url)
      .execute();
    return new Map(
      rows.map((row) => [row.item_id, { itemId: row.item_id, state: row.state, attempts: Number(row.attempts) }]),
    );
  }

  /** Records what reading an item did. */
  async recordItem(
    url: string,
    item: {
      itemId: string;
      locator: string;
      documentId: string | null;
      state: 'stored' | 'failed';
      attempts: number;
      error: string | null;
    },
    at: string,
  ): Promise<void> {
    // What an item seen again overwrites: all but its key.
    const seen = {
      locator: item.locator,
      document_id: item.documentId,
      state: item.state,
      attempts: item.attempts,
      error: item.error,
      seen_at: at,
    };
    await this.db
      .insertInto('watch_items')
      .values({ watch_url: url, item_id: item.itemId, ...seen })
      .onConflict((conflict) => conflict.columns(['watch_url', 'item_id']).doUpdateSet(seen))
      .execute();
  }
}

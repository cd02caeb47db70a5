import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { DocumentsRepository, type BandMark } from '../store/repositories/documents.repository.js';
import {
  CANDIDATES_CHECKED,
  isCopy,
  MEMBERS_COUNTED_PER_BUCKET,
  MIN_SHARED_BANDS,
  shinglesOf,
  type Likeness,
} from '../text/near-copies.js';

/**
 * Stories whose shingles a finder keeps: a story a paragraph many pages carry is a candidate for
 * document after document, and its body would be read back and shingled for each (of 2,533 checks
 * over 1,000 generated articles, 1,980 shingled a story again when 256 were kept, 1,277 with 1,024).
 * A story of 15 KB has about 2,500 shingles (10 KB), so the most kept is about 10 MB.
 */
const STORY_SHINGLES_KEPT = 1024;

/** The stored story a new body copies, and how alike the two are. */
export interface StoryFound extends Likeness {
  readonly story: string;
}

/**
 * Finds the stored story a new body copies, if any: the stories sharing enough of its band keys,
 * oldest first, each checked exactly on its shingles; the first that holds half of the shorter
 * body's is the one. Keeps the shingles of the stories it checked lately.
 */
export class CopyFinder {
  /** Shingles of stories checked lately, least recently used first (see `STORY_SHINGLES_KEPT`). */
  private readonly storyShingles = new Map<string, Uint32Array>();
  /** The count of removed band keys last given to `noteRemovals`. */
  private removedSeen: number | undefined;

  async storyCopied(
    documents: DocumentsRepository,
    bands: readonly string[],
    shingles: Uint32Array,
  ): Promise<StoryFound | null> {
    const candidates = await documents.storiesSharingBands(
      bands,
      MIN_SHARED_BANDS,
      CANDIDATES_CHECKED,
      MEMBERS_COUNTED_PER_BUCKET,
    );
    const bodies = await documents.bodiesOf(candidates.filter((id) => !this.storyShingles.has(id)));
    for (const story of candidates) {
      const likeness = isCopy(this.shinglesOfStory(story, bodies), shingles);
      if (likeness) return { story, ...likeness };
    }
    return null;
  }

  /** Drops a story's kept shingles: its body changed (analysed again by a new pipeline version). */
  forget(story: string): void {
    this.storyShingles.delete(story);
  }

  /**
   * Drops every story's kept shingles when band keys were removed since the count last given: a
   * story analysed again may have a new body (see migration 0013).
   */
  noteRemovals(removed: number): void {
    if (this.removedSeen !== undefined && removed !== this.removedSeen) this.storyShingles.clear();
    this.removedSeen = removed;
  }

  /** A candidate story's shingles: kept from an earlier check, or made from its body, read with the others not kept. */
  private shinglesOfStory(story: string, bodies: ReadonlyMap<string, string>): Uint32Array {
    let shingles = this.storyShingles.get(story);
    if (shingles) this.storyShingles.delete(story);
    else shingles = shinglesOf(bodies.get(story) ?? '');
    this.storyShingles.set(story, shingles);
    if (this.storyShingles.size > STORY_SHINGLES_KEPT)
      this.storyShingles.delete(this.storyShingles.keys().next().value!);
    return shingles;
  }
}

/** A copy check to make ahead of storing, on a connection of its own to an SQLite store. */
export interface CopyCheckRequest {
  /** The store's file. */
  readonly store: string;
  readonly documentId: string;
  /** Where the document was read: a locator with a stored version is not checked. */
  readonly locator: string;
  readonly bands: readonly string[];
  readonly shingles: Uint32Array;
}

/**
 * A copy check made ahead of storing, and which state of the band keys it saw: the thread that
 * stores takes the verdict when no bucket of the document's keys changed since (see
 * `DocumentsRepository.bandsChangedSince`), and checks again otherwise. `stored`: the document,
 * or a version at its locator, was stored already, so storing it does not check for copies.
 */
export interface CopyCheck {
  readonly mark: BandMark;
  readonly found: StoryFound | null | 'stored';
}

/**
 * Makes a copy check ahead of storing, on a read-only connection, in one read transaction so that
 * the mark is that of the buckets read.
 */
export async function checkCopyAhead(
  reader: Kysely<Database>,
  finder: CopyFinder,
  request: CopyCheckRequest,
): Promise<CopyCheck> {
  return reader.transaction().execute(async (trx) => {
    const documents = new DocumentsRepository(trx);
    const mark = await documents.bandMark();
    finder.noteRemovals(mark.removed);
    if ((await documents.exists(request.documentId)) || (await documents.latestVersion(request.locator)))
      return { mark, found: 'stored' };
    return { mark, found: await finder.storyCopied(documents, request.bands, request.shingles) };
  });
}

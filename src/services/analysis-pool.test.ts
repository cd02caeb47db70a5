import { describe, expect, it } from 'vitest';
import { ANALYZE_JOBS, INGEST_JOBS, threadsFor } from './analysis-pool.js';

describe('how many threads a run analyses with', () => {
  it('gives a number asked for, never more than the documents and never none', () => {
    expect(threadsFor(4, 1000, INGEST_JOBS, 2)).toBe(4);
    expect(threadsFor(4, 3, ANALYZE_JOBS, 2)).toBe(3);
    expect(threadsFor(2, 0, INGEST_JOBS, 2)).toBe(1);
  });

  it('starts for an ingest, unasked, a worker for every 250 documents, up to one per core but the storing one', () => {
    expect([100, 499, 500, 5000].map((n) => threadsFor('auto', n, INGEST_JOBS, 4))).toEqual([1, 1, 2, 3]);
    expect([100, 5000, 100_000].map((n) => threadsFor('auto', n, INGEST_JOBS, 2))).toEqual([1, 1, 1]);
    expect(threadsFor('auto', 5000, INGEST_JOBS, 8)).toBe(7);
  });

  it('keeps, unasked, a core for the thread that analyses the collection', () => {
    expect([100, 1600, 100_000].map((n) => threadsFor('auto', n, ANALYZE_JOBS, 2))).toEqual([1, 1, 1]);
    expect([100, 250, 1600].map((n) => threadsFor('auto', n, ANALYZE_JOBS, 4))).toEqual([1, 2, 3]);
    expect(threadsFor('auto', 1600, ANALYZE_JOBS, 1)).toBe(1);
  });
});

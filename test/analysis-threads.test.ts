import { expect, it } from 'vitest';
import { leastBusy } from '../src/services/analysis-budget.js';

// The choice a worker taking N jobs at once makes for each document: its N analysis threads are
// started as needed, and a document goes to an idle one, else to the least busy.
it('gives a document to an idle analyzer, starts another while under the limit, then picks the least busy', () => {
  const analyzers = [{ id: 'a', pending: 1 }];
  let started = 0;
  const start = () => ({ id: `new-${++started}`, pending: 0 });
  expect(leastBusy(analyzers, 2, start).id).toBe('new-1');
  expect(analyzers.map((analyzer) => analyzer.id)).toEqual(['a', 'new-1']);
  analyzers[1]!.pending = 3;
  expect(leastBusy(analyzers, 2, start).id).toBe('a');
  analyzers[0]!.pending = 0;
  expect(leastBusy(analyzers, 2, start).id).toBe('a');
  analyzers[0]!.pending = 5;
  expect(leastBusy(analyzers, 1, start).id).toBe('new-1');
  expect(started).toBe(1);
});

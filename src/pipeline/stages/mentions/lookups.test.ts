import { expect, it } from 'vitest';
import type { KnownActor } from '../../../core/index.js';
import { lookupsFor } from './lookups.js';

it('builds the lookups once for the same actors, even when the list arrives as a copy (as in each message to an analysis thread)', () => {
  const actors: KnownActor[] = [{ name: 'Ana Ruiz', aliases: ['Ruiz'], kind: 'person', country: 'MEX', offices: [] }];
  expect(lookupsFor(structuredClone(actors))).toBe(lookupsFor(actors));
  expect(lookupsFor(structuredClone([]))).toBe(lookupsFor([]));
  expect(lookupsFor([])).not.toBe(lookupsFor(actors));
});

import { describe, expect, it } from 'vitest';
import { listedAliases } from './aliases.js';

describe('listedAliases', () => {
  it('leaves out dateline capitals of the name and of another alias', () => {
    expect(listedAliases('McAllen', ['McAllen', 'McALLEN', 'MCALLEN'])).toEqual([]);
    expect(listedAliases('Washington', ['WASHINGTON', 'Washington, D.C.'])).toEqual(['Washington, D.C.']);
    expect(listedAliases('Mexico City', ['CIUDAD DE MÉXICO', 'MEXICO CITY', 'Ciudad de México'])).toEqual([
      'Ciudad de México',
    ]);
  });

  it('keeps acronyms and names that differ in more than case or accents', () => {
    expect(
      listedAliases('Cártel Jalisco Nueva Generación', ['CJNG', 'Cartel Jalisco Nueva Generacion', 'Jalisco cartel']),
    ).toEqual(['Jalisco cartel', 'CJNG'].sort());
  });
});

// The agreement and actors files share one YAML reader: its errors name the file, the line and the field.
import { describe, expect, it } from 'vitest';
import { parseActorsFile } from '../src/services/actors-file.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';

const errorOf = (parse: () => unknown): string => {
  try {
    parse();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parsed without an error');
};

describe('YAML input files', () => {
  it('names the line of a YAML syntax error', () => {
    expect(errorOf(() => parseActorsFile('actors:\n  - name: "Ana\n', 'actors.yaml'))).toMatch(
      /^actors\.yaml:\d+: is not valid YAML: /,
    );
  });

  it('names the line and the field of a value the schema refuses', () => {
    const source = 'actors:\n  - name: Ana Ruiz\n    country: Mexico\n';
    expect(errorOf(() => parseActorsFile(source, 'actors.yaml'))).toBe(
      'actors.yaml:3: actors.0.country: expected an ISO 3166-1 alpha-3 code such as USA or MEX',
    );
  });

  it("names the parent's line for a field that is missing", () => {
    const source = 'id: pact\ntitle: A pact\ndate: 2025-01-01\nparties:\n  - code: USA\n';
    expect(errorOf(() => parseAgreementFile(source, 'agreement.yaml'))).toMatch(
      /^agreement\.yaml:5: parties\.0\.name: /,
    );
    expect(errorOf(() => parseAgreementFile(source.replace('title: A pact\n', ''), 'agreement.yaml'))).toMatch(
      /^agreement\.yaml:1: title: /,
    );
  });

  it('reads a valid file', () => {
    const actors = parseActorsFile('actors:\n  - name: Ana Ruiz\n    country: MEX\n', 'actors.yaml');
    expect(actors.map((actor) => [actor.name, actor.country])).toEqual([['Ana Ruiz', 'MEX']]);
  });
});

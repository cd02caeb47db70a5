import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#test/helpers/shared.js';
import { parseAgreementFile } from './agreement-file.js';

const minimal = `id: test-pact
title: Test Pact
date: 2025-09-03
parties:
  - code: USA
    name: United States
  - code: MEX
    name: Mexico
commitments:
  - id: share-data
    title: Share data
    text: Share data monthly.
    parties: [USA, MEX]
    area: information sharing
`;

describe('parseAgreementFile', () => {
  it('reads the bundled example', () => {
    const agreement = parseAgreementFile(
      readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
      'agreement.yaml',
    );
    expect(agreement.illustrative).toBe(true);
    expect(agreement.parties.map((p) => p.code)).toEqual(['USA', 'MEX']);
    expect(agreement.commitments.map((c) => c.id)).toContain('us-mx-security-2025/implementation-group');
    expect(agreement.meetings[0]?.date).toBe('2025-09-26');
  });

  it('fills defaults and prefixes commitment ids with the agreement id', () => {
    const agreement = parseAgreementFile(minimal, 'pact.yaml');
    expect(agreement.commitments[0]).toMatchObject({
      id: 'test-pact/share-data',
      due: null,
      keywords: [],
      milestones: [],
      leads: {},
    });
  });

  it('names the file, the line and the field of a wrong value', () => {
    expect(() => parseAgreementFile(minimal.replace('date: 2025-09-03', 'date: 3 Sept 2025'), 'pact.yaml')).toThrow(
      'pact.yaml:3: date: expected a date as YYYY-MM-DD',
    );
    expect(() => parseAgreementFile(minimal.replace('[USA, MEX]', '[USA, Mexico]'), 'pact.yaml')).toThrow(
      /^pact\.yaml:13: commitments\.0\.parties\.1: expected an ISO 3166-1 alpha-3 code/,
    );
  });

  it('names unknown fields, broken YAML and parties that are not in the agreement', () => {
    expect(() =>
      parseAgreementFile(minimal.replace('area: information sharing', 'area: x\n    owner: nobody'), 'pact.yaml'),
    ).toThrow(/pact\.yaml:1\d: commitments\.0: Unrecognized key: "owner"/);
    expect(() => parseAgreementFile(`${minimal}  - id: [unclosed\n`, 'pact.yaml')).toThrow(
      /^pact\.yaml:16: is not valid YAML/,
    );
    expect(() => parseAgreementFile(minimal.replace('[USA, MEX]', '[USA, CAN]'), 'pact.yaml')).toThrow(
      'pact.yaml: commitment "share-data" names party CAN, which is not among the agreement\'s parties',
    );
  });
});

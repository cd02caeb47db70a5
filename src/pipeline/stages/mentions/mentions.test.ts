import { describe, expect, it } from 'vitest';
import { analyzeText, documentFromText } from '#test/helpers/documents.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis, type StandardAnalysis } from '../../index.js';

const mentionsOf = (text: string) => {
  const { document, layers } = analyzeText(text);
  return layers.mentions.map((m) => ({
    text: document.text.slice(m.start, m.end),
    kind: m.kind,
    name: m.name,
    role: m.role,
    country: m.country,
    anaphoric: m.anaphoric,
  }));
};

const analyse = (texts: Array<{ text: string; published?: string }>): StandardAnalysis[] =>
  texts.map(({ text, published }, k) => {
    const result = analyzeDocument(documentFromText(text, { published: published ?? null, name: `doc${k}.txt` }));
    if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
    return result;
  });

describe('mentions', () => {
  it('takes the title and the country adjective as the role of a named person', () => {
    const found = mentionsOf(
      'Talks resumed.\n\nU.S. Attorney General Pam Bondi met Mexican Security Secretary Omar García Harfuch in Washington on Friday.',
    );
    expect(found).toContainEqual({
      text: 'U.S. Attorney General Pam Bondi',
      kind: 'person',
      name: 'Pam Bondi',
      role: 'U.S. Attorney General',
      country: 'USA',
      anaphoric: false,
    });
    expect(found).toContainEqual({
      text: 'Mexican Security Secretary Omar García Harfuch',
      kind: 'person',
      name: 'Omar García Harfuch',
      role: 'Mexican Security Secretary',
      country: 'MEX',
      anaphoric: false,
    });
    expect(found.find((m) => m.text === 'Washington')?.kind).toBe('place');
  });

  it('finds people with no title from a given name or an apposition, and organisations from their head words', () => {
    const found = mentionsOf(
      'A new report was released.\n\n“The numbers are stark,” said Lucía Ferrer, a researcher at the Monterrey Institute of Technology. Analyst Ruth Okafor agreed. Okafor has studied the border since 2010, said Dalberg Moynihan, director of the Border Policy Forum.',
    );
    const people = found.filter((m) => m.kind === 'person').map((m) => m.text);
    expect(people).toEqual(['Lucía Ferrer', 'Analyst Ruth Okafor', 'Okafor', 'Dalberg Moynihan']);
    expect(found.filter((m) => m.kind === 'organization').map((m) => m.text)).toEqual([
      'Monterrey Institute of Technology',
      'Border Policy Forum',
    ]);
  });

  it('keeps role phrases that stand for a person as anaphoric mentions', () => {
    const found = mentionsOf(
      'The visit went ahead.\n\nThe talks ended late, and the attorney general left first. La presidenta no habló.',
    );
    expect(found.filter((m) => m.anaphoric).map((m) => [m.text, m.role])).toEqual([
      ['the attorney general', 'attorney general'],
      ['La presidenta', 'presidenta'],
    ]);
  });

  it('does not take sentence openers, capitalised headings or furniture for names', () => {
    const found = mentionsOf(
      'Subscribe Now\n\nBorder Talks Resume Amid Tensions\n\nMeanwhile the talks went on. Officials Said Nothing New.',
    );
    expect(found.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('reads Spanish names with two surnames and Spanish titles', () => {
    const found = mentionsOf(
      'Reunión en Palacio Nacional.\n\nLa presidenta Claudia Sheinbaum Pardo recibió al secretario de Estado, Marco Rubio, y al embajador Ronald Johnson.',
    );
    expect(found.filter((m) => m.kind === 'person').map((m) => [m.name, m.role])).toEqual([
      ['Claudia Sheinbaum Pardo', 'presidenta'],
      ['Marco Rubio', 'secretario de Estado'],
      ['Ronald Johnson', 'embajador'],
    ]);
  });
});

describe('entity resolution', () => {
  it('merges full names, surnames and role phrases of one person within and across documents', () => {
    const analyses = analyse([
      {
        text: 'Meeting held.\n\nHomeland Security Secretary Kristi Noem visited Tijuana. Noem met local officials. The secretary said little.',
        published: '2025-06-02',
      },
      { text: 'Second report.\n\nSecretary Noem toured the port of entry on Monday.', published: '2025-06-03' },
    ]);
    const { resolution } = analyzeCollection(analyses);
    const noem = resolution.entities.find((e) => e.name === 'Kristi Noem')!;
    expect(noem.kind).toBe('person');
    const idsOf = (k: number) => resolution.mentionEntities.get(analyses[k]!.document.id)!;
    const texts = (k: number) =>
      analyses[k]!.layers.mentions.map((m, i) => [analyses[k]!.document.text.slice(m.start, m.end), idsOf(k)[i]]);
    expect(
      texts(0)
        .filter(([, id]) => id === noem.id)
        .map(([t]) => t),
    ).toEqual(['Homeland Security Secretary Kristi Noem', 'Noem', 'The secretary']);
    expect(
      texts(1)
        .filter(([, id]) => id === noem.id)
        .map(([t]) => t),
    ).toEqual(['Secretary Noem']);
  });

  it('merges a misspelt given name with the same surname and office, and reports it as a name variant', () => {
    const analyses = analyse([
      {
        text: 'First.\n\nDeputy Director Harriet Lindqvist of the Border Policy Forum spoke in El Paso.',
        published: '2025-05-01',
      },
      {
        text: 'Second.\n\nDeputy Director Harriett Lindqvist spoke again. Elsewhere, Professor Harold Lindqvist taught a class.',
        published: '2025-05-02',
      },
    ]);
    const { resolution, findings } = analyzeCollection(analyses);
    const people = resolution.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(['Harriet Lindqvist', 'Harold Lindqvist']);
    expect(findings.map((f) => f.kind)).toEqual(['name_variant']);
    expect(findings[0]!.detail).toContain('Harriett Lindqvist');
  });

  it('resolves "the Mexican president" to the office holder on the publication date when the document names no one', () => {
    const analyses = analyse([
      { text: 'Report.\n\nThe Mexican president spoke about security cooperation.', published: '2025-09-05' },
    ]);
    const { resolution } = analyzeCollection(analyses);
    expect(resolution.entities.map((e) => e.name)).toContain('Claudia Sheinbaum');
    const none = analyzeCollection(
      analyse([{ text: 'Report.\n\nThe Mexican president spoke about security cooperation.' }]),
    );
    expect(none.resolution.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('makes an acronym in parentheses an alias of the organisation before it', () => {
    const analyses = analyse([
      { text: 'Report.\n\nThe Border Policy Forum (BPF) published data. BPF said more would follow.' },
    ]);
    const { resolution } = analyzeCollection(analyses);
    const orgs = resolution.entities.filter((e) => e.kind === 'organization');
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([['Border Policy Forum', ['BPF']]]);
  });
});

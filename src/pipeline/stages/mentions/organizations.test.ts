import { describe, expect, it } from 'vitest';
import { analyzeText } from '#test/helpers/documents.js';

const mentionsOf = (text: string) => {
  // A title and a lead paragraph come first, so that the sentence under test is the body's, not a subtitle.
  const lead = text.startsWith('Informe')
    ? 'La historia empezó el lunes en la frontera.'
    : 'The story began on Monday at the border.';
  const { document, layers } = analyzeText(text.replace(/^([^\n]+)\n\n/, `$1\n\n${lead}\n\n`));
  return layers.mentions.map((m) => ({ text: document.text.slice(m.start, m.end), kind: m.kind, name: m.name }));
};
const organizations = (text: string) =>
  mentionsOf(text)
    .filter((m) => m.kind === 'organization')
    .map((m) => m.text);

describe('organisations named by description', () => {
  it('takes a country adjective and an institution in lower case as a body, in both languages', () => {
    expect(organizations('Report.\n\nThe raid was carried out by the Canadian military near the coast.')).toContain(
      'Canadian military',
    );
    expect(organizations('Informe.\n\nLa operación estuvo a cargo del ejército mexicano en la sierra.')).toContain(
      'ejército mexicano',
    );
    expect(organizations("Report.\n\nThe case went to the attorney general's office on Monday.")).toContain(
      "attorney general's office",
    );
  });

  it('takes capitalised words before a lower-case kind of body, and the name a Spanish kind of body governs', () => {
    expect(organizations('Report.\n\nHe once led the Tlaxcala drug cartel from a ranch.')).toContain(
      'Tlaxcala drug cartel',
    );
    expect(organizations('Informe.\n\nFue detenido un operador del cártel de Tlaxcala la semana pasada.')).toContain(
      'cártel de Tlaxcala',
    );
  });

  it('does not take a nationality before a kind of body for a body', () => {
    expect(
      organizations('Report.\n\nOfficials said Peruvian cartels and Ecuador-based cartels moved the cargo.'),
    ).toEqual([]);
  });

  it('keeps a trailing Spanish adjective and a legal form in the name', () => {
    expect(organizations('Informe.\n\nLa Secretaría de Turismo federal publicó las cifras.')).toContain(
      'Secretaría de Turismo federal',
    );
    expect(organizations('Report.\n\nRegulators fined Altamira Holdings S.A. for the transfers.')).toContain(
      'Altamira Holdings S.A.',
    );
  });

  it('reads a legal form after a comma, and the bank type after it, as part of the name; a legal form alone names nothing', () => {
    expect(organizations('Report.\n\nRegulators fined Lince Casa de Cambio, S.A. de C.V. for the transfers.')).toEqual([
      'Lince Casa de Cambio, S.A. de C.V.',
    ]);
    expect(
      organizations(
        'Report.\n\nRegulators fined Banco Altamira S.A., Institución de Banca Múltiple, for the transfers.',
      ),
    ).toEqual(['Banco Altamira S.A., Institución de Banca Múltiple']);
    expect(
      organizations('Report.\n\nRegulators fined Altamira S.A., Institution de Banca Múltiple, for the transfers.'),
    ).toEqual(['Altamira S.A., Institution de Banca Múltiple']);
  });

  it('reads an acronym that is also a common word as the body the text defined it for, and only then', () => {
    const defined =
      'Informe.\n\nLa Oficina de Defensa y Orden Social (DOS) publicó un informe.\n\nEl martes, el DOS indicó que habrá más revisiones.';
    expect(organizations(defined).filter((name) => name === 'DOS')).toHaveLength(2);
    expect(organizations('Informe.\n\nEl martes, el DOS indicó que habrá más revisiones en la frontera.')).toEqual([]);
  });

  it('keeps fields listed with commas inside one name before its acronym', () => {
    const found = organizations('Informe.\n\nLa Oficina de Pesca, Caza, Bosques y Aguas (OPCBA) publicó un informe.');
    expect(found).toContain('Oficina de Pesca, Caza, Bosques y Aguas');
    expect(found).toContain('OPCBA');
  });
});

describe('organisations by their neighbours', () => {
  it('gives the unsettled items of a list the kind of its settled ones', () => {
    const found = organizations(
      'Report.\n\nThe order named the Tlaxcala Cartel, Los Halcones, Brava Grande and the Pacific Syndicate.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Tlaxcala Cartel', 'Los Halcones', 'Brava Grande', 'Pacific Syndicate']),
    );
  });

  it('makes an acronym in parentheses and a former name an alias of the body before it', () => {
    const found = mentionsOf(
      'Report.\n\nThe list named the Mara Norteña (MN-7) and the Cártel del Litoral (formerly Los Cuervos).',
    );
    expect(found.filter((m) => m.kind === 'organization').map((m) => [m.text, m.name])).toEqual(
      expect.arrayContaining([
        ['MN-7', 'MN-7'],
        ['Los Cuervos', 'Cártel del Litoral'],
      ]),
    );
  });

  it('takes a name described as a company, and an outlet written with "The" inside a sentence', () => {
    expect(organizations('Report.\n\nAgents searched Norte Logistics, a company based in Laredo.')).toContain(
      'Norte Logistics',
    );
    expect(
      organizations('Informe.\n\nLos dueños de Transbordo, compañía que importaba diésel, fueron citados.'),
    ).toContain('Transbordo');
    expect(organizations('Report.\n\nA report in The Valley Ledger said the talks had stalled.')).toContain(
      'The Valley Ledger',
    );
  });
});

describe('what is not an organisation', () => {
  it('skips credit lines, wire slugs, time zones and lines in capitals', () => {
    const text =
      'Report.\n\nA soldier on patrol. Photo credit: Ana Ruiz / Northwire.\n\nMONTERREY (NWX) — Officials met at 10:30 UTC on Monday.\n\nLEA AQUÍ: otra nota';
    const found = mentionsOf(text);
    expect(found.filter((m) => m.kind === 'organization' || m.kind === 'person')).toEqual([]);
  });

  it('takes Spanish "EU" for the United States, and acronyms of kinds or things for no body', () => {
    expect(mentionsOf('Informe.\n\nEl envío a EU ocurrió el martes.').find((m) => m.text === 'EU')?.kind).toBe(
      'country',
    );
    const text =
      'Report.\n\nThe groups were listed as Violent Criminal Networks (VCNs). Agents seized unmanned aerial vehicles (UAVs) and one VCN lost its leader.';
    expect(organizations(text)).toEqual([]);
  });

  it('takes treaties, governments and title-case document names for no body', () => {
    const text =
      'Report.\n\nThe USMCA review continues, the Government of Peru said. The order (E.O.) Protecting Borders From Cartels took effect.';
    expect(organizations(text)).toEqual([]);
  });
});

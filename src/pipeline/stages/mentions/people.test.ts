import { describe, expect, it } from 'vitest';
import { analyzeText } from '#test/helpers/documents.js';

const people = (text: string) => {
  // A title and a lead paragraph come first, so that the sentence under test is the body's, not a subtitle.
  const lead = text.startsWith('Informe')
    ? 'La historia empezó el lunes en la frontera.'
    : 'The story began on Monday at the border.';
  const { document, layers } = analyzeText(text.replace(/^([^\n]+)\n\n/, `$1\n\n${lead}\n\n`));
  return layers.mentions
    .filter((m) => m.kind === 'person' && !m.anaphoric)
    .map((m) => ({ text: document.text.slice(m.start, m.end), name: m.name }));
};
const texts = (text: string) => people(text).map((p) => p.text);

describe('people', () => {
  it('finds names beside nouns of kin, in lists that follow them', () => {
    expect(
      texts('Report.\n\nHis wife, Marisol, joined him. They raised three children, Teodoro, Brisa and Anselmo.'),
    ).toEqual(['Marisol', 'Teodoro', 'Brisa', 'Anselmo']);
  });

  it('finds people whose surname the authorities withheld, and joins them to their full names', () => {
    const found = people(
      'Informe.\n\nLos detenidos son Jorge Aurelio «N» y Brisa «N». Jorge Aurelio Quiroga Lugo es el principal acusado.',
    );
    expect(found.map((p) => p.name)).toEqual(['Jorge Aurelio N', 'Brisa N', 'Jorge Aurelio Quiroga Lugo']);
  });

  it('reads a name after a title and a comma, and a surname with particles after an English title', () => {
    expect(texts('Informe.\n\nLo anunció el presidente colombiano, Teodoro Quiroga, en Bogotá.')).toEqual([
      'presidente colombiano, Teodoro Quiroga',
    ]);
    expect(texts('Report.\n\nForeign Minister Brisa de la Vega spoke. Minister de la Vega left early.')).toEqual([
      'Foreign Minister Brisa de la Vega',
      'Minister de la Vega',
    ]);
  });

  it('keeps initials inside a name and finds the president before "administration"', () => {
    expect(texts('Report.\n\nHe thanked President Warren G. Harding and the Coolidge administration.')).toEqual([
      'President Warren G. Harding',
      'Coolidge',
    ]);
  });

  it('takes no byline, photo credit or sentence adverb for a person', () => {
    const text =
      'Border deal reached\n\nby Teodoro Quiroga, a former ambassador.\n\nAgents at the crossing. Image credit: Brisa Lugo / Northwire.\n\nAdditionally, Secretary Rubio and Minister Quiroga spoke.';
    expect(texts(text)).toEqual(['Secretary Rubio', 'Minister Quiroga']);
  });

  it('does not take a Spanish office and its field for a name, and gives a list of people its unknown names', () => {
    const text =
      'Informe.\n\nAsistieron Marco Rubio (secretario de Estado), Teodoro Quiroga (secretario de Comercio de Perú) y Brisa Lugo (secretaria de Energía).';
    expect(texts(text)).toEqual(['Marco Rubio', 'Teodoro Quiroga', 'Brisa Lugo']);
  });
});

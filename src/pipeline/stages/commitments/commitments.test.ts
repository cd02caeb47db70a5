/**
 * ok:     "Mexico will double inspections of southbound trucks by December." → Mexico, "double inspections …", deadline December
 * not-ok: "The coming months will test the relationship." → nothing
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#test/helpers/documents.js';

/** Each commitment of a text as its parties' words, its action and its deadline. */
function commitmentsOf(text: string, published = '2026-02-25') {
  const { layers } = analyzeText(text, { published });
  return layers.commitments.map((c) => ({
    parties: c.partySpans.map((s) => text.slice(s.start, s.end)),
    action: text.slice(c.action.start, c.action.end),
    deadline: c.deadline,
  }));
}

describe('commitments: reported promises', () => {
  it('takes "would" and "expected to" after a speech verb, with the subject or the speaker as party', () => {
    expect(commitmentsOf('Kristi Noem said she would travel to Mexico City in March for talks.')).toEqual([
      { parties: ['Kristi Noem'], action: 'travel to Mexico City in March for talks', deadline: '2026-03' },
    ]);
    expect(
      commitmentsOf('Marco Rubio said the department expected to double the number of inspection teams.')[0],
    ).toMatchObject({ parties: ['Marco Rubio'], action: 'double the number of inspection teams' });
  });

  it('leaves "would" alone without a speech verb before it, and a cue inside a condition', () => {
    expect(commitmentsOf('"It would be the end of this cooperation," Ana Ruiz said.')).toEqual([]);
    expect(commitmentsOf('If Mexico agrees to the plan, Mexico will deploy more troops.').map((c) => c.action)).toEqual(
      ['deploy more troops'],
    );
  });

  it('leaves the introduction of a list of actions alone; its items are the promises', () => {
    const found = commitmentsOf(
      'The two delegations agreed on the following actions:\n\nMexico will inspect every southbound truck at ten crossings by June 30.',
    );
    expect(found.map((c) => c.action)).toEqual(['inspect every southbound truck at ten crossings by June 30']);
  });

  it('leaves a modal before a verb of thought or chance alone: a forecast, not a promise', () => {
    expect(commitmentsOf('"I will believe it when I see the indictments," Ana Ruiz said.')).toEqual([]);
    expect(commitmentsOf('«Vamos a ver si el Tesoro cumple», dijo la subsecretaria Mariana Robles.')).toEqual([]);
    expect(commitmentsOf('"We will deploy two more inspection teams by June," Ana Ruiz said.')).toHaveLength(1);
  });
});

describe('commitments: Spanish future', () => {
  it('takes a future verb with a named subject, a group subject or in reported speech', () => {
    expect(
      commitmentsOf(
        'En su comunicado, la Defensa reiteró que México mantendrá la vigilancia en la franja fronteriza.',
      )[0],
    ).toMatchObject({ parties: ['México'], action: 'mantendrá la vigilancia en la franja fronteriza' });
    expect(
      commitmentsOf(
        'El gobernador Ignacio Ruelas Moreno señaló que el estado colaborará con las autoridades federales.',
      )[0],
    ).toMatchObject({ parties: [expect.stringContaining('Ignacio Ruelas Moreno')] });
    expect(
      commitmentsOf(
        'Claudia Sheinbaum se reunió con Marco Rubio el 3 de septiembre. Según el documento, ambas partes se reunirán en abril.',
        '2025-09-05',
      ).at(-1),
    ).toMatchObject({
      parties: ['Claudia Sheinbaum', 'Marco Rubio'],
      action: 'reunirán en abril',
    });
  });

  it('leaves predictions alone: "será", or a future with no party', () => {
    expect(commitmentsOf('La próxima reunión, prevista para abril, será una prueba para México.')).toEqual([]);
    expect(commitmentsOf('El mecanismo perderá credibilidad en ambos lados de la frontera.')).toEqual([]);
  });
});

describe('commitments: promise nouns', () => {
  it('takes "its promise to" and "the guarantee that" as cues', () => {
    expect(
      commitmentsOf(
        'Ruiz will watch whether Mexico meets its promise to place scanners at its main ports by June 30.',
      )[0],
    ).toMatchObject({ parties: ['Mexico'], deadline: '2026-06-30' });
    expect(
      commitmentsOf(
        "Mexico's Attorney General's Office said the transfer came with the guarantee that prosecutors would not seek the death penalty.",
      )[0],
    ).toMatchObject({
      action: 'prosecutors would not seek the death penalty',
    });
  });
});

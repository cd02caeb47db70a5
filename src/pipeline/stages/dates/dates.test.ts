/**
 * ok:     "Rubio met Sheinbaum on Thursday." published 2025-09-05 → "Thursday" = 2025-09-04
 * not-ok: "A 3.200 km border." → no date ("de 3" is not a date)
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/index.js';
import { runText } from '#test/helpers/documents.js';
import { createPipeline } from '../../create-pipeline.js';
import { clean } from '../clean/index.js';
import { sentences } from '../sentences.js';
import { dates } from './index.js';

const pipeline = createPipeline([clean, sentences, dates]);

/** The dates layer of a text; `published` is the reference date unless `referenceDate` is given. */
function dateLayerOf(text: string, published: string | null, referenceDate: string | null = null) {
  return runText(pipeline, text, { published, settings: { ...defaultSettings, referenceDate } }).layers.dates;
}

/** The dates of a text as [span text, value, grain]. */
function datesOf(text: string, published: string | null = '2025-09-05', referenceDate: string | null = null) {
  return dateLayerOf(text, published, referenceDate).map((d) => [text.slice(d.start, d.end), d.value, d.grain]);
}

describe('dates, English', () => {
  it('reads the header example', () => {
    expect(datesOf('Rubio met Sheinbaum on Thursday in Mexico City.')).toEqual([['Thursday', '2025-09-04', 'day']]);
  });

  it('counts "two days later" from the date before it', () => {
    expect(datesOf('The tariffs took effect on March 4, 2025, and were paused two days later.')).toEqual([
      ['March 4, 2025', '2025-03-04', 'day'],
      ['two days later', '2025-03-06', 'day'],
    ]);
  });

  it('gives "last week" the month that holds most of its days, with the week as its range', () => {
    expect(datesOf("The differences were not raised at last week's meeting.")).toEqual([
      ['last week', '2025-08', 'month'],
    ]);
    // Published on Tuesday 3 February 2026: last week ran from Monday 26 January to Sunday 1 February.
    expect(datesOf('The indictments were unsealed last week in Phoenix.', '2026-02-03')).toEqual([
      ['last week', '2026-01', 'month'],
    ]);
  });

  it('reads a deadline in a sentence of promises forward, and a past weekday back despite a later "will"', () => {
    expect(datesOf('Mexico pledged to install the scanners by June 30.')).toEqual([['June 30', '2026-06-30', 'day']]);
    expect(datesOf('They agreed on Wednesday to create a unit that will trace weapons.')).toEqual([
      ['Wednesday', '2025-09-03', 'day'],
    ]);
    expect(datesOf('The lane must open by the end of March.')).toEqual([['March', '2026-03', 'month']]);
  });

  it('reads the dateline date of a report', () => {
    expect(
      datesOf(
        'Politics: a meeting\n\nMEXICO - Report 08 Sep 2025 by Guillermo Valdés\n\nThe meeting was held on September 3.',
        null,
      ),
    ).toEqual([
      ['08 Sep 2025', '2025-09-08', 'day'],
      ['September 3', '2025-09-03', 'day'],
    ]);
  });

  it('resolves against settings.referenceDate over the publication date', () => {
    expect(datesOf('The ministers met on Thursday in Washington.', '2025-09-05', '2025-09-12')).toEqual([
      ['Thursday', '2025-09-11', 'day'],
    ]);
  });

  it('leaves relative dates unresolved without a reference, but resolves complete dates and months against the latest one', () => {
    // No publication date: the text was written after September 3, 2025, so "October" is the first one after it.
    const text =
      'Rubio met Sheinbaum on Thursday. She took office in October. Deaths fell last year. Trade hit a record in 2023. The pact was signed on September 3, 2025.';
    expect(datesOf(text, null)).toEqual([
      ['Thursday', null, null],
      ['October', '2025-10', 'month'],
      ['last year', null, null],
      ['2023', '2023', 'year'],
      ['September 3, 2025', '2025-09-03', 'day'],
    ]);
  });

  it('keeps the stated weekday and the range of a week', () => {
    const dates = dateLayerOf('Rubio met Sheinbaum on Thursday. Talks stalled last week.', null);
    expect(dates[0]).toMatchObject({ value: null, weekday: 'Thursday' });
    const week = dateLayerOf('Talks stalled last week in Washington.', '2025-09-05');
    expect(week[0]).toMatchObject({
      value: '2025-08',
      grain: 'month',
      range: { from: '2025-08-25', to: '2025-08-31' },
    });
  });

  it('reads a deadline in a list item forward when the introduction of the list promises', () => {
    const text =
      'Acuerdos del grupo\n\nLas delegaciones se comprometieron a:\n\n1. Intercambiar reportes mensuales sobre armas aseguradas.\n\n2. Integrar, a más tardar el 30 de junio, una lista conjunta de objetivos financieros.';
    expect(datesOf(text, '2026-04-15')).toEqual([['30 de junio', '2026-06-30', 'day']]);
    const report =
      'Informe del grupo\n\nLo que se revisó en la reunión:\n\n1. La lista de objetivos se entregó el 30 de marzo, con retraso.';
    expect(datesOf(report, '2026-04-15')).toEqual([['30 de marzo', '2026-03-30', 'day']]);
  });

  it('reads a month name beside a modal "may" and a Spanish month in lower case', () => {
    expect(datesOf('The two teams may meet again on May 5, 2026, officials said.')).toEqual([
      ['May 5, 2026', '2026-05-05', 'day'],
    ]);
    expect(datesOf('May 5 is the date the two teams may meet.')).toEqual([['May 5', '2025-05-05', 'day']]);
    expect(datesOf('El grupo de trabajo se reunió el 5 de mayo de 2025 en la capital del país.')).toEqual([
      ['5 de mayo de 2025', '2025-05-05', 'day'],
    ]);
  });

  it('is deterministic', () => {
    const text =
      'On Thursday, weeks after the September 3 meeting, officials said 2,000 troops arrived in 2024 and more would come next month.';
    expect(datesOf(text)).toEqual(datesOf(text));
  });
});

describe('dates, Spanish', () => {
  it('takes a yearless day and month, with no publication date, on or after the latest date the text states', () => {
    const text =
      'El 3 de marzo el Departamento de Estado difundió una nota. En abril hubo otra reunión. Las pláticas empezaron en enero de 2025. El martes habrá otra.';
    expect(datesOf(text, null)).toEqual([
      ['3 de marzo', '2025-03-03', 'day'],
      ['abril', '2025-04', 'month'],
      ['enero de 2025', '2025-01', 'month'],
      ['martes', null, null],
    ]);
  });

  it('leaves relative dates unresolved without a reference', () => {
    expect(datesOf('La reunión fue el jueves. El año pasado hubo más muertes. En 2023 hubo récord.', null)).toEqual([
      ['jueves', null, null],
      ['año pasado', null, null],
      ['2023', '2023', 'year'],
    ]);
  });
});

describe('negative cases', () => {
  it.each([
    'México y Estados Unidos comparten una frontera de 3.200 kilómetros.',
    'Both countries share a 2,000-mile border and $1.9 billion in daily trade.',
    'The briefing starts at 10 a.m. in the press room.',
    'La conferencia empezó a las 10 de la mañana en Palacio Nacional.',
    'The court charged 29 defendants in the case.',
    'Officials may announce new measures soon.',
    'The COVID-19 rules and Title 42 expulsions ended.',
    'The Agenda 2030 goals were discussed at the G20.',
    'Hoy en día la cooperación es más estrecha que nunca.',
    'The 2024 election changed the relationship.',
    'Mexico deployed 10,000 troops to the border.',
    'La víspera de la cumbre hubo protestas.',
  ])('%s', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});

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

  it.each([
    // published Friday 2025-09-05
    [
      'U.S. Secretary of State Marco Rubio met with President Claudia Sheinbaum in Mexico City on Thursday.',
      'Thursday',
      '2025-09-04',
      'day',
    ],
    ['The two leaders spoke by phone on Friday, officials said.', 'Friday', '2025-09-05', 'day'],
    ['Officials said last Friday that the talks had stalled.', 'last Friday', '2025-08-29', 'day'],
    ['The delegation will return to Washington on Tuesday.', 'Tuesday', '2025-09-09', 'day'],
    ['Negotiators meet again next Monday in Washington.', 'next Monday', '2025-09-08', 'day'],
    ['The much awaited meeting was finally held in Mexico City on September 3.', 'September 3', '2025-09-03', 'day'],
    ['The agreement was signed on Oct. 14 after months of talks.', 'Oct. 14', '2024-10-14', 'day'],
    ['Sheinbaum took office in October after winning a landslide.', 'October', '2024-10', 'month'],
    ['Mexican authorities reported detaining over 430,000 migrants in 2023 alone.', '2023', '2023', 'year'],
    ['The fentanyl crisis claimed nearly 75,000 American lives last year.', 'last year', '2024', 'year'],
    ['The minister announced the arrests this morning in Mexico City.', 'this morning', '2025-09-05', 'day'],
    ['Marines seized a fuel tanker last night off the coast.', 'last night', '2025-09-04', 'day'],
    ['Remittances fell last month for the third time.', 'last month', '2025-08', 'month'],
    [
      'It was the highest-level meeting since Donald Trump took office seven months ago.',
      'seven months ago',
      '2025-02',
      'month',
    ],
    ['The trade pact was implemented in 2020 after long negotiations.', '2020', '2020', 'year'],
    ['Yesterday the Senate approved the reform.', 'Yesterday', '2025-09-04', 'day'],
    ['The summit will be held in November in Mexico City.', 'November', '2025-11', 'month'],
    ['The cartel leader was extradited in May, prosecutors said.', 'May', '2025-05', 'month'],
    ['Sheinbaum, who took office on Oct. 1, 2024, rejected the plan.', 'Oct. 1, 2024', '2024-10-01', 'day'],
    ['The decree was published on 2025-08-14 in the official gazette.', '2025-08-14', '2025-08-14', 'day'],
    ['The task force met on Thursday, September 4, at the embassy.', 'Thursday, September 4', '2025-09-04', 'day'],
    ['Remittances have grown every quarter since 2019.', '2019', '2019', 'year'],
    ['Seizures doubled this year, officials said.', 'this year', '2025', 'year'],
    ['The guard was deployed a year ago to the northern border.', 'a year ago', '2024', 'year'],
    ['The talks collapsed two weeks ago over tariffs.', 'two weeks ago', '2025-08-22', 'day'],
    ['Arrests rose in mid-July as patrols expanded.', 'July', '2025-07', 'month'],
    ['The agreement signed last October set new targets.', 'last October', '2024-10', 'month'],
  ])('%s', (text, span, value, grain) => {
    expect(datesOf(text)).toEqual([[span, value, grain]]);
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

  it.each([
    // published viernes 2025-09-05
    [
      'El secretario de Estado se reunió el jueves con la presidenta en Palacio Nacional.',
      'jueves',
      '2025-09-04',
      'day',
    ],
    ['La reunión se celebró el miércoles pasado en la Ciudad de México.', 'miércoles pasado', '2025-09-03', 'day'],
    ['La presidenta dijo el pasado jueves que no habrá intervención.', 'pasado jueves', '2025-09-04', 'day'],
    ['La canciller viajará este sábado a Washington para la cumbre.', 'este sábado', '2025-09-06', 'day'],
    ['El grupo de implementación sesionará el próximo lunes en Washington.', 'próximo lunes', '2025-09-08', 'day'],
    ['Los cancilleres se reunieron el 3 de septiembre en Palacio Nacional.', '3 de septiembre', '2025-09-03', 'day'],
    ['El acuerdo se firmó el 3 de septiembre de 2025 en la capital.', '3 de septiembre de 2025', '2025-09-03', 'day'],
    ['Trump asumió el cargo hace siete meses, según el informe.', 'hace siete meses', '2025-02', 'month'],
    ['Las muertes por sobredosis bajaron el año pasado, según los datos.', 'año pasado', '2024', 'year'],
    ['Las detenciones aumentaron la semana pasada en la frontera.', 'semana pasada', '2025-08', 'month'],
    ['Las autoridades detuvieron a 430 mil migrantes en 2024.', '2024', '2024', 'year'],
    ['Sheinbaum asumió la presidencia en octubre de 2024.', 'octubre de 2024', '2024-10', 'month'],
    ['La presidenta asumió el cargo en octubre tras su victoria.', 'octubre', '2024-10', 'month'],
    ['La víspera, el canciller anunció el acuerdo.', 'víspera', '2025-09-04', 'day'],
    ['Ayer la Cámara de Diputados aprobó la reforma.', 'Ayer', '2025-09-04', 'day'],
    ['El gabinete de seguridad se reunirá en noviembre con sus homólogos.', 'noviembre', '2025-11', 'month'],
    ['Los decomisos crecieron este año según la Secretaría de Marina.', 'este año', '2025', 'year'],
    ['La cumbre se celebró hace dos años en Washington.', 'hace dos años', '2023', 'year'],
    ['El acuerdo se firmó el viernes 15 de agosto en la embajada.', 'viernes 15 de agosto', '2025-08-15', 'day'],
    ['Las remesas crecieron desde 2019 de forma sostenida.', '2019', '2019', 'year'],
    ['Las detenciones aumentaron el mes pasado en Tamaulipas.', 'mes pasado', '2025-08', 'month'],
    ['La fiscal presentó esta mañana a los detenidos.', 'esta mañana', '2025-09-05', 'day'],
    ['Anoche, la Marina aseguró un cargamento en Manzanillo.', 'Anoche', '2025-09-04', 'day'],
  ])('%s', (text, span, value, grain) => {
    expect(datesOf(text)).toEqual([[span, value, grain]]);
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

describe('dates: which way a bare date points', () => {
  it.each([
    // published viernes 2025-09-05
    ['La unidad de rastreo acordada en enero tendrá más agentes.', 'enero', '2025-01', 'month'],
    ['El grupo volverá a reunirse en la capital el 14 de octubre.', '14 de octubre', '2025-10-14', 'day'],
    [
      'Ambos gobiernos se comprometieron a presentar un balance en la reunión del 14 de octubre.',
      '14 de octubre',
      '2025-10-14',
      'day',
    ],
    ['Salcido Beltrán fue detenido en marzo en Mazatlán.', 'marzo', '2025-03', 'month'],
    ['El número de detenidos creció desde octubre del año pasado.', 'octubre del año pasado', '2024-10', 'month'],
    ['Its next session is planned for January.', 'January', '2026-01', 'month'],
    ['The next meeting is scheduled for October 14 in Washington.', 'October 14', '2025-10-14', 'day'],
    ['The unit agreed in January will trace weapons.', 'January', '2025-01', 'month'],
  ])('%s', (text, span, value, grain) => {
    expect(datesOf(text)).toEqual([[span, value, grain]]);
  });
});

/**
 * ok:     "Mexico detained over 430,000 migrants in 2023." → "over 430,000 migrants" = 430000 people, over, 2023
 * not-ok: "The G20 met in 2023, and the COVID-19 rules under Title 42 ended." → no figure
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runText } from '#test/helpers/documents.js';
import { hasShared, seedPaths } from '#test/helpers/shared.js';
import { createPipeline } from '../../create-pipeline.js';
import { clean } from '../clean/index.js';
import { sentences } from '../sentences.js';
import { dates } from '../dates/index.js';
import { figures } from './index.js';

const pipeline = createPipeline([clean, sentences, dates, figures]);

function figuresOf(text: string, published: string | null = '2025-09-05') {
  const { layers } = runText(pipeline, text, { published });
  return layers.figures.map((f) => ({
    text: text.slice(f.start, f.end),
    ...f,
    start: undefined,
    end: undefined,
  }));
}

/** [span text, value, unit] of each figure. */
const brief = (text: string) => figuresOf(text).map((f) => [f.text, f.value, f.unit]);

describe('figures, English', () => {
  it('reads the header example', () => {
    expect(figuresOf('Mexico detained over 430,000 migrants in 2023.', null)).toEqual([
      {
        text: 'over 430,000 migrants',
        value: 430000,
        unit: 'people',
        per: null,
        measures: 'migrants',
        period: '2023',
        qualifier: 'over',
        repeats: undefined,
        start: undefined,
        end: undefined,
      },
    ]);
  });

  it('reads qualifier, rate and measures of money', () => {
    const [figure] = figuresOf(
      'The two countries share a border with approximately $1.9 billion in bilateral trade flowing across it daily.',
    );
    expect(figure).toMatchObject({
      text: 'approximately $1.9 billion',
      value: 1.9e9,
      unit: 'USD',
      per: 'day',
      qualifier: 'approximately',
      measures: 'bilateral trade',
    });
  });

  it('takes the measured noun on the left of money', () => {
    const [figure] = figuresOf(
      'Mexico is the largest trading partner, with bilateral trade reaching $798 billion in 2023.',
    );
    expect(figure).toMatchObject({ measures: 'bilateral trade', period: '2023' });
  });

  it('takes the period from a date of the sentence, as text when unresolved', () => {
    const [figure] = figuresOf('The fentanyl crisis claimed nearly 75,000 American lives last year.', null);
    expect(figure).toMatchObject({ qualifier: 'nearly', period: 'last year' });
    expect(figuresOf('The fentanyl crisis claimed 75,000 lives last year.')[0]).toMatchObject({ period: '2024' });
  });

  it('leaves out vague quantities, which state no figure', () => {
    expect(brief('Mexico processed tens of thousands of asylum applications within its own system.')).toEqual([]);
  });

  it('reads what a weight measures', () => {
    expect(figuresOf('Soldiers seized 1,500 kilograms of methamphetamine in Sinaloa.')[0]).toMatchObject({
      measures: 'methamphetamine',
    });
  });

  it('is deterministic', () => {
    const text = 'Over 430,000 migrants and $1.9 billion in trade a day; 29 defendants, six agencies, 40 percent.';
    expect(figuresOf(text)).toEqual(figuresOf(text));
  });
});

describe('figures, Spanish', () => {
  it('reads what a count measures with its "de" phrase', () => {
    expect(figuresOf('La Secretaría de Marina aseguró más de 2 mil armas de fuego este año.')[0]).toMatchObject({
      measures: 'armas de fuego',
      qualifier: 'más de',
      period: '2025',
    });
  });

  it('reads the qualifier and leaves out vague quantities', () => {
    expect(figuresOf('La Fiscalía abrió más de 125 investigaciones por tráfico de armas.')[0]).toMatchObject({
      qualifier: 'más de',
    });
    expect(
      figuresOf('El comercio bilateral alcanzó 1,9 mil millones de dólares diarios según la secretaría.')[0],
    ).toMatchObject({ per: 'day', measures: 'comercio bilateral' });
    expect(brief('Las autoridades procesaron decenas de miles de solicitudes de asilo en el país.')).toEqual([]);
  });
});

describe('spans of time', () => {
  it.each([
    ['The group is to hold its first meeting within sixty days.', 'sixty days', 60, 'days'],
    ['Treasury will share the evidence within two weeks.', 'two weeks', 2, 'weeks'],
    ['Ruiz has spent two decades studying trafficking groups.', 'two decades', 2, 'decades'],
    ['His client ran a freight company for twenty years.', 'twenty years', 20, 'years'],
    ['Washington entregará los registros dentro de 30 días.', '30 días', 30, 'days'],
    ['El analista estudió el tráfico durante dos décadas.', 'dos décadas', 2, 'decades'],
  ])('counts a length of time: %s', (text, span, value, unit) => {
    expect(brief(text)).toEqual([[span, value, unit]]);
  });

  it.each([
    ['Three months later, the numbers are impressive.', 'Three months', 3, 'months'],
    ['She arrived over 60 years ago as a refugee.', 'over 60 years', 60, 'years'],
    ['Tres meses después, el balance no es simétrico.', 'Tres meses', 3, 'months'],
    ['La red operó durante más de dos años antes de su desmantelamiento.', 'más de dos años', 2, 'years'],
  ])('counts the time between two events: %s', (text, span, value, unit) => {
    expect(brief(text)).toEqual([[span, value, unit]]);
  });

  it.each([
    'The team meets every two months.',
    'El equipo técnico sesionará cada dos meses.',
    'The court ruled two weeks ago.',
    'El juez concedió la extradición hace cuatro meses.',
  ])('leaves out a span of time that says how often or counts back from the present: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('counts whose noun is written elsewhere', () => {
  it.each([
    ['Twenty-five of the defendants are in custody.', 'Twenty-five of the defendants', 25, 'people'],
    ['Police detained two of the sanctioned men in Zapopan.', 'two of the sanctioned men', 2, 'people'],
    ['Dos de los detenidos son ciudadanos extranjeros.', 'Dos de los detenidos', 2, 'people'],
  ])('reads a part of a set: %s', (text, span, value, unit) => {
    expect(brief(text)).toEqual([[span, value, unit]]);
  });

  it('takes the unit of the set a number is part of', () => {
    expect(brief("The access covers only 12 of the country's 32 state prosecutors' offices.")).toEqual([
      ['12', 12, 'offices'],
      ["32 state prosecutors' offices", 32, 'offices'],
    ]);
    expect(brief('El sistema llega a 12 de los 32 estados del país.')).toEqual([
      ['12', 12, 'states'],
      ['32 estados', 32, 'states'],
    ]);
  });

  it('takes the unit of an earlier count when the noun is left out', () => {
    expect(brief('En el lado mexicano fueron detenidas tres personas y en el lado estadounidense, dos.')).toEqual([
      ['tres personas', 3, 'people'],
      ['dos', 2, 'people'],
    ]);
    expect(brief('México extraditó a 38 personas, además de las 55 que fueron enviadas en febrero.')).toEqual([
      ['38 personas', 38, 'people'],
      ['55', 55, 'people'],
    ]);
    expect(brief('Mexico handed over 26 people in August and 11 who were wanted in Texas.')).toEqual([
      ['over 26 people', 26, 'people'],
      ['11', 11, 'people'],
    ]);
  });

  it('leaves a small number alone when no count lends it a noun', () => {
    expect(brief('The vote in the committee was five to two.')).toEqual([]);
    expect(brief('Al final llegaron dos.')).toEqual([]);
    expect(brief('Two of them were later released.')).toEqual([]);
  });

  it('reads an age set off by commas after a name, in English', () => {
    expect(
      figuresOf('Rigoberto Anaya Lugo, 51, faces 14 counts in Texas.').map((f) => [
        f.text,
        f.value,
        f.unit,
        f.measures,
      ]),
    ).toEqual([
      ['51', 51, 'years', 'age'],
      ['14 counts', 14, 'counts', 'counts'],
    ]);
    expect(brief('The meeting, 3, was short.')).toEqual([]);
  });
});

describe('counts of a named set, the sources and ratios', () => {
  it.each([
    ['Inspections will increase at the ten busiest land ports of entry.', 'ten busiest land ports', 10, 'ports'],
    [
      'Mexico will install scanners at its four largest Pacific and Gulf ports by June.',
      'four largest Pacific and Gulf ports',
      4,
      'ports',
    ],
    [
      'México instalará escáneres en sus cuatro principales puertos del Pacífico.',
      'cuatro principales puertos',
      4,
      'ports',
    ],
    ['Habrá escáneres en los cuatro puertos más grandes del país.', 'cuatro puertos', 4, 'ports'],
  ])('counts a set named by a superlative: %s', (text, span, value, unit) => {
    expect(brief(text)).toEqual([[span, value, unit]]);
  });

  it.each([
    'Of the five candidates, the two largest met in Washington.',
    'The platform was confirmed, according to two Mexican officials.',
    'Mexico rejected the request, according to two officials familiar with the exchange.',
    'La información fue confirmada, según dos funcionarios de la Defensa.',
    'Mexico pledged to inspect one in ten containers arriving at its ports.',
    'Se revisa uno de cada diez contenedores en el puerto.',
    'El acuerdo debía medirse en dos direcciones, según el gobierno.',
  ])('is no figure: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it('reads the head noun past a plural that modifies it', () => {
    expect(brief('Two customs brokers and a truck driver were arrested.')).toEqual([
      ['Two customs brokers', 2, 'people'],
    ]);
    expect(brief('Fueron detenidos dos presuntos operadores del cártel.')).toEqual([
      ['dos presuntos operadores', 2, 'people'],
    ]);
    expect(brief('Two other men were detained.')).toEqual([['Two other men', 2, 'people']]);
  });
});

describe('Spanish amounts', () => {
  it('reads thousands of millions written around "mil"', () => {
    expect(brief('Evadió impuestos por alrededor de mil 200 millones de pesos.')).toEqual([
      ['alrededor de mil 200 millones de pesos', 1.2e9, 'MXN'],
    ]);
    expect(brief('Evadió impuestos por dos mil 500 millones de pesos.')).toEqual([
      ['dos mil 500 millones de pesos', 2.5e9, 'MXN'],
    ]);
  });

  it('keeps "por ciento" with its number when a set follows', () => {
    expect(brief('Alrededor de 70 por ciento de las armas aseguradas se compraron en Estados Unidos.')).toEqual([
      ['Alrededor de 70 por ciento', 70, 'percent'],
    ]);
  });
});

describe('negative cases', () => {
  it.each([
    'The G20 met in 2023, and the COVID-19 rules under Title 42 ended.',
    'It was the first meeting since the 3rd round and the 20th summit.',
    'The briefing starts at 10 a.m. in the press room.',
    'La conferencia empezó a las 10 de la mañana en Palacio Nacional.',
    'Call the hotline at 555-123-4567 for details.',
    'Under Section 232 of the trade law, tariffs may be imposed.',
    'One of the officials said the talks went well.',
    'The two countries share a long history, brought together two figures and one Mexican source.',
    'Their differences include 1) trafficking; 2) migration, and 3) sovereignty.',
    'The USMCA was implemented in 2020 and renegotiated in 2026.',
    'Trump took office seven months ago.',
    'A 25-year-old suspect was arrested on the 3rd of May.',
    'La reunión terminó a las 10:30 horas en Palacio Nacional.',
    'Los dos gobiernos firmaron el acuerdo.',
    'Un funcionario dijo que una reunión está prevista.',
  ])('%s', (text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe.skipIf(!hasShared)('the seeds', () => {
  it('finds the figures of seed 000 and nothing in seed 001', () => {
    const [first = '', second = ''] = seedPaths.map((path) => readFileSync(path, 'utf8'));
    const found = figuresOf(first, null).map((f) => f.text);
    for (const expected of ['2,000-mile', '$1.9 billion', '430,000', '75,000', '$798 billion']) {
      expect(found.some((text) => text.includes(expected))).toBe(true);
    }
    expect(figuresOf(second, null)).toEqual([]);
  });

  it('keeps figures sorted, apart from each other and out of dates', () => {
    const [first = ''] = seedPaths.map((path) => readFileSync(path, 'utf8'));
    const { figures: found, dates: spans } = runText(pipeline, first).layers;
    found.forEach((figure, i) => {
      if (i > 0) expect(figure.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      expect(spans.some((date) => date.start < figure.end && figure.start < date.end)).toBe(false);
    });
  });
  it('counts a headline figure once', () => {
    expect(brief('Title of the story\n\nThree months later, the unit had traced 212 rifles.')).toEqual([
      ['Three months', 3, 'months'],
      ['212 rifles', 212, 'weapons'],
    ]);
    // The body's repeat of the headline's count joins it.
    const [seized] = figuresOf('Agents Seize 40 Rifles\n\nAgents seized 40 rifles two days after the raid.');
    expect(seized).toMatchObject({ text: '40 Rifles', value: 40, unit: 'weapons', repeats: [{ start: 38, end: 47 }] });
  });
});

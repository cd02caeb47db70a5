/**
 * A table of date expressions in sentences we wrote, per language: absolute, relative to the
 * publication date, relative to another date of the text, ranges, and unresolvable ones. Each row
 * names its anchor — the publication date, the earlier date of the text it is told from, or null —
 * and the value and grain expected.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, type DateGrain } from '../../../core/index.js';
import { documentFromText } from '#test/helpers/documents.js';
import { createPipeline } from '../../create-pipeline.js';
import { isFailedAnalysis, runDocument } from '../../run.js';
import { clean } from '../clean/index.js';
import { sentences } from '../sentences.js';
import { dates } from './index.js';

type Kind = 'absolute' | 'publication' | 'other date' | 'range' | 'unresolvable';
/** [kind, published, text, expression, anchor, value, grain, range ends]. */
type Row = readonly [Kind, string | null, string, string, string | null, string | null, DateGrain | null, (readonly [string, string])?];

const pipeline = createPipeline([clean, sentences, dates]);
// A Friday.
const P = '2025-09-05';

function datesOf(text: string, published: string | null) {
  const result = runDocument(pipeline, documentFromText(text, { published }), { settings: defaultSettings, freeze: true });
  if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
  return result.layers.dates.map((d) => ({ text: text.slice(d.start, d.end), value: d.value, grain: d.grain, range: d.range ?? null }));
}

const english: readonly Row[] = [
  ['absolute', P, 'The pact was signed on September 3, 2025, in Mexico City.', 'September 3, 2025', null, '2025-09-03', 'day'],
  ['absolute', P, 'The order took effect on Jan. 20, 2025, after the inauguration.', 'Jan. 20, 2025', null, '2025-01-20', 'day'],
  ['absolute', P, 'The decree was published on 2025-08-14 in the gazette.', '2025-08-14', null, '2025-08-14', 'day'],
  ['absolute', P, 'Talks began in March 2024 and stalled within weeks.', 'March 2024', null, '2024-03', 'month'],
  ['absolute', P, 'Seizures peaked in 2023, officials said.', '2023', null, '2023', 'year'],
  ['absolute', P, 'The unit was created on 14 October 2024 by decree.', '14 October 2024', null, '2024-10-14', 'day'],
  ['absolute', P, 'The arrests were made on Tuesday, June 10, 2025, in Culiacán.', 'Tuesday, June 10, 2025', null, '2025-06-10', 'day'],
  ['absolute', P, 'Since 2019, remittances have grown every quarter.', '2019', null, '2019', 'year'],
  ['absolute', P, 'By December 2026 the scanners must be installed at every crossing.', 'December 2026', null, '2026-12', 'month'],
  ['absolute', null, 'The envoy presented her credentials on Nov. 4, 2019, at the palace.', 'Nov. 4, 2019', null, '2019-11-04', 'day'],
  ['publication', P, 'Rubio met Sheinbaum on Thursday in Mexico City.', 'Thursday', P, '2025-09-04', 'day'],
  ['publication', P, 'The delegation will return to Washington on Tuesday.', 'Tuesday', P, '2025-09-09', 'day'],
  ['publication', P, 'Officials said last Friday that the talks had stalled.', 'last Friday', P, '2025-08-29', 'day'],
  ['publication', P, 'Negotiators meet again next Monday in Washington.', 'next Monday', P, '2025-09-08', 'day'],
  ['publication', P, 'Yesterday the Senate approved the reform.', 'Yesterday', P, '2025-09-04', 'day'],
  ['publication', P, 'The minister announced the arrests today in Sinaloa.', 'today', P, '2025-09-05', 'day'],
  ['publication', P, 'The Senate is expected to vote on the reform tomorrow.', 'tomorrow', P, '2025-09-06', 'day'],
  ['publication', P, 'Marines seized a fuel tanker last night off the coast.', 'last night', P, '2025-09-04', 'day'],
  ['publication', P, 'This morning the minister presented the detainees.', 'This morning', P, '2025-09-05', 'day'],
  ['publication', P, 'Remittances fell last month for the third time.', 'last month', P, '2025-08', 'month'],
  ['publication', P, 'Overdose deaths fell last year, the agency said.', 'last year', P, '2024', 'year'],
  ['publication', P, 'Seizures doubled this year, officials said.', 'this year', P, '2025', 'year'],
  ['publication', P, 'The summit will be held next month in Mexico City.', 'next month', P, '2025-10', 'month'],
  ['publication', P, 'The talks collapsed two weeks ago over tariffs.', 'two weeks ago', P, '2025-08-22', 'day'],
  ['publication', P, 'Trump took office seven months ago, the report noted.', 'seven months ago', P, '2025-02', 'month'],
  ['publication', P, 'The guard was deployed a year ago to the northern border.', 'a year ago', P, '2024', 'year'],
  ['publication', P, 'The cartel leader was extradited in May, prosecutors said.', 'May', P, '2025-05', 'month'],
  ['publication', P, 'The summit will be held in November in Mexico City.', 'November', P, '2025-11', 'month'],
  ['publication', P, 'The agreement signed last October set new targets.', 'last October', P, '2024-10', 'month'],
  ['publication', P, 'The much awaited meeting was held in Mexico City on September 3.', 'September 3', P, '2025-09-03', 'day'],
  ['publication', P, 'The agreement was signed on Oct. 14 after months of talks.', 'Oct. 14', P, '2024-10-14', 'day'],
  ['publication', P, 'The next round is scheduled for October 14 in Washington.', 'October 14', P, '2025-10-14', 'day'],
  ['publication', P, 'Mexico pledged to install the scanners by June 30.', 'June 30', P, '2026-06-30', 'day'],
  ['publication', P, 'The lane must open by the end of the year.', 'the end of the year', P, '2025', 'year'],
  ['publication', P, 'The program ran through March of last year.', 'March of last year', P, '2024-03', 'month'],
  ['publication', P, "The differences were not raised at last week's meeting.", 'last week', P, '2025-08', 'month', ['2025-08-25', '2025-08-31']],
  ['publication', '2025-09-10', 'The task force met on Thursday, September 4, at the embassy.', 'Thursday, September 4', '2025-09-10', '2025-09-04', 'day'],
  ['other date', P, 'The talks opened on June 2, 2025. The next day, both sides signed a memorandum.', 'The next day', '2025-06-02', '2025-06-03', 'day'],
  ['other date', P, 'The raid took place on March 4, 2025, and the suspects were charged two days later.', 'two days later', '2025-03-04', '2025-03-06', 'day'],
  ['other date', P, 'The designation was announced on Feb. 20, 2025. Six months later, the first sanctions followed.', 'Six months later', '2025-02-20', '2025-08', 'month'],
  ['other date', P, 'Officials met on May 12, 2025, and the same day the embassy issued a statement.', 'the same day', '2025-05-12', '2025-05-12', 'day'],
  ['other date', P, 'The summit ended on Oct. 9, 2024; the day before, the delegations had met in private.', 'the day before', '2024-10-09', '2024-10-08', 'day'],
  ['other date', P, 'The law was passed in January 2024. Two years later, it was repealed.', 'Two years later', '2024-01', '2026', 'year'],
  ['other date', P, 'On March 10, 2025, the army arrived; a week later the first patrols began.', 'a week later', '2025-03-10', '2025-03-17', 'day'],
  ['other date', P, 'She spoke on Friday, a day after reaching a deal with Washington.', 'a day after', '2025-09-05', '2025-09-04', 'day'],
  ['other date', P, 'The ministers met on July 14, 2025, and two weeks earlier the envoys had prepared the agenda.', 'two weeks earlier', '2025-07-14', '2025-06-30', 'day'],
  ['other date', P, 'The president traveled on Monday, September 1, 2025; earlier that day, she met the governors.', 'earlier that day', '2025-09-01', '2025-09-01', 'day'],
  ['other date', P, 'The envoys arrived on April 7, 2025. That day, the talks resumed.', 'That day', '2025-04-07', '2025-04-07', 'day'],
  ['other date', null, 'The troops were photographed on Feb. 5, 2025. They began patrolling on Wednesday.', 'Wednesday', '2025-02-05', '2025-02-05', 'day'],
  ['other date', null, 'The talks began on Feb. 5, 2025. On Feb. 3, the president had announced the plan.', 'Feb. 3', '2025-02-05', '2025-02-03', 'day'],
  ['other date', null, 'The court ruled on December 29, 2025. The appeal was filed on January 5.', 'January 5', '2025-12-29', '2026-01-05', 'day'],
  ['other date', null, 'The report was issued on June 18, 2025. Deaths fell last year.', 'last year', '2025-06-18', '2024', 'year'],
  ['range', P, 'The exercises ran March 15–20, 2025, near Tijuana.', 'March 15–20, 2025', null, '2025-03-15', 'day', ['2025-03-15', '2025-03-20']],
  ['range', P, 'Between June 2 and June 4, 2025, agents searched 40 trucks.', 'June 2 and June 4, 2025', null, '2025-06-02', 'day', ['2025-06-02', '2025-06-04']],
  ['range', P, 'The talks were held from March 15 to March 20, 2025, in Washington.', 'March 15 to March 20, 2025', null, '2025-03-15', 'day', ['2025-03-15', '2025-03-20']],
  ['range', P, 'The fair will run Oct. 1-3 in Monterrey.', 'Oct. 1-3', P, '2025-10-01', 'day', ['2025-10-01', '2025-10-03']],
  ['range', P, 'Flights were suspended from Dec. 28 to Jan. 3 at the border airports.', 'Dec. 28 to Jan. 3', P, '2024-12-28', 'day', ['2024-12-28', '2025-01-03']],
  ['range', P, 'Patrols were doubled July 8-12 along the river.', 'July 8-12', P, '2025-07-08', 'day', ['2025-07-08', '2025-07-12']],
  ['unresolvable', null, 'Rubio met Sheinbaum on Thursday in Mexico City.', 'Thursday', null, null, null],
  ['unresolvable', null, 'Overdose deaths fell last year, the agency said.', 'last year', null, null, null],
  ['unresolvable', null, 'The ministers will meet again next month.', 'next month', null, null, null],
  ['unresolvable', null, 'She took office in October after a landslide.', 'October', null, null, null],
  ['unresolvable', null, 'The next day, the envoys left the capital.', 'The next day', null, null, null],
  ['unresolvable', null, 'Two weeks later, the guard withdrew from the city.', 'Two weeks later', null, null, null],
  ['unresolvable', null, 'Yesterday the Senate approved the reform.', 'Yesterday', null, null, null],
  ['unresolvable', null, 'The delegation arrived on Oct. 14 with a list of demands.', 'Oct. 14', null, null, null],
  ['unresolvable', null, 'The fair will run Oct. 1-3 in Monterrey.', 'Oct. 1-3', null, null, null],
];

const spanish: readonly Row[] = [
  ['absolute', P, 'El acuerdo se firmó el 3 de septiembre de 2025 en la capital.', '3 de septiembre de 2025', null, '2025-09-03', 'day'],
  ['absolute', P, 'El decreto entró en vigor el 20 de enero de 2025.', '20 de enero de 2025', null, '2025-01-20', 'day'],
  ['absolute', P, 'La presidenta asumió el cargo el 1 de octubre de 2024.', '1 de octubre de 2024', null, '2024-10-01', 'day'],
  ['absolute', P, 'Sheinbaum asumió la presidencia en octubre de 2024.', 'octubre de 2024', null, '2024-10', 'month'],
  ['absolute', P, 'Las autoridades detuvieron a 430 mil migrantes en 2024.', '2024', null, '2024', 'year'],
  ['absolute', P, 'Las remesas crecieron desde 2019 de forma sostenida.', '2019', null, '2019', 'year'],
  ['absolute', P, 'El operativo comenzó el martes 10 de junio de 2025 en Sinaloa.', 'martes 10 de junio de 2025', null, '2025-06-10', 'day'],
  ['absolute', P, 'El traslado ocurrió el jueves 11 de diciembre de 2025 en Tijuana.', 'jueves 11 de diciembre de 2025', null, '2025-12-11', 'day'],
  ['absolute', P, 'La reforma se publicó el 2025-08-14 en el Diario Oficial.', '2025-08-14', null, '2025-08-14', 'day'],
  ['absolute', P, 'Para diciembre de 2026 los escáneres deberán estar instalados.', 'diciembre de 2026', null, '2026-12', 'month'],
  ['publication', P, 'El secretario se reunió el jueves con la presidenta.', 'jueves', P, '2025-09-04', 'day'],
  ['publication', P, 'La reunión se celebró el miércoles pasado en la capital.', 'miércoles pasado', P, '2025-09-03', 'day'],
  ['publication', P, 'La canciller viajará este sábado a Washington.', 'este sábado', P, '2025-09-06', 'day'],
  ['publication', P, 'El grupo sesionará el próximo lunes en Washington.', 'próximo lunes', P, '2025-09-08', 'day'],
  ['publication', P, 'Ayer la Cámara de Diputados aprobó la reforma.', 'Ayer', P, '2025-09-04', 'day'],
  ['publication', P, 'Hoy la presidenta presentó el informe de seguridad.', 'Hoy', P, '2025-09-05', 'day'],
  ['publication', P, 'Mañana se votará la reforma en el Senado.', 'Mañana', P, '2025-09-06', 'day'],
  ['publication', P, 'La Marina aseguró un cargamento anoche en Manzanillo.', 'anoche', P, '2025-09-04', 'day'],
  ['publication', P, 'El día de ayer, el gobierno emitió un comunicado.', 'El día de ayer', P, '2025-09-04', 'day'],
  ['publication', P, 'Las detenciones aumentaron el mes pasado en Tamaulipas.', 'mes pasado', P, '2025-08', 'month'],
  ['publication', P, 'Las muertes por sobredosis bajaron el año pasado.', 'año pasado', P, '2024', 'year'],
  ['publication', P, 'Los decomisos crecieron este año según la Marina.', 'este año', P, '2025', 'year'],
  ['publication', P, 'La cumbre será el próximo mes en Washington.', 'próximo mes', P, '2025-10', 'month'],
  ['publication', P, 'Trump asumió el cargo hace siete meses, según el informe.', 'hace siete meses', P, '2025-02', 'month'],
  ['publication', P, 'La cumbre se celebró hace dos años en Washington.', 'hace dos años', P, '2023', 'year'],
  ['publication', P, 'Las pláticas fracasaron hace dos semanas por los aranceles.', 'hace dos semanas', P, '2025-08-22', 'day'],
  ['publication', P, 'La presidenta asumió el cargo en octubre tras su victoria.', 'octubre', P, '2024-10', 'month'],
  ['publication', P, 'El gabinete de seguridad se reunirá en noviembre con sus homólogos.', 'noviembre', P, '2025-11', 'month'],
  ['publication', P, 'Lo capturaron en agosto pasado en Sonora.', 'agosto pasado', P, '2025-08', 'month'],
  ['publication', P, 'El número de detenidos creció desde octubre del año pasado.', 'octubre del año pasado', P, '2024-10', 'month'],
  ['publication', P, 'Los cancilleres se reunieron el 3 de septiembre en Palacio Nacional.', '3 de septiembre', P, '2025-09-03', 'day'],
  ['publication', P, 'El grupo volverá a reunirse en la capital el 14 de octubre.', '14 de octubre', P, '2025-10-14', 'day'],
  ['publication', P, 'La fiscal presentó esta mañana a los detenidos.', 'esta mañana', P, '2025-09-05', 'day'],
  ['publication', P, 'Los escáneres estarán listos a finales de año.', 'finales de año', P, '2025', 'year'],
  ['publication', P, 'La entrega del 12 de marzo de 41 reos fue histórica.', '12 de marzo', P, '2025-03-12', 'day'],
  ['publication', '2025-07-08', 'Este 9 de julio, la cámara de comercio ofrecerá una conferencia.', '9 de julio', '2025-07-08', '2025-07-09', 'day'],
  ['publication', '2025-07-14', 'En su conferencia de este lunes 14 de julio, la presidenta habló de aranceles.', 'este lunes 14 de julio', '2025-07-14', '2025-07-14', 'day'],
  ['publication', P, 'Las detenciones aumentaron la semana pasada en la frontera.', 'semana pasada', P, '2025-08', 'month', ['2025-08-25', '2025-08-31']],
  ['other date', P, 'Las pláticas iniciaron el 2 de junio de 2025. Al día siguiente, ambas partes firmaron un memorando.', 'Al día siguiente', '2025-06-02', '2025-06-03', 'day'],
  ['other date', P, 'El operativo fue el 4 de marzo de 2025 y dos días después los detenidos fueron presentados.', 'dos días después', '2025-03-04', '2025-03-06', 'day'],
  ['other date', P, 'En marzo del año pasado el gobierno entregó a 31 reos. Seis meses después, entregó a otros 18.', 'Seis meses después', '2024-03', '2024-09', 'month'],
  ['other date', P, 'Los ministros se reunieron el 12 de mayo de 2025 y el mismo día la embajada emitió un comunicado.', 'el mismo día', '2025-05-12', '2025-05-12', 'day'],
  ['other date', P, 'La cumbre terminó el 9 de octubre de 2024; la víspera, las delegaciones se reunieron en privado.', 'víspera', '2024-10-09', '2024-10-08', 'day'],
  ['other date', P, 'La ley se aprobó en enero de 2024. Dos años después, fue derogada.', 'Dos años después', '2024-01', '2026', 'year'],
  ['other date', P, 'El 10 de marzo de 2025 llegó el ejército; una semana después comenzaron los patrullajes.', 'una semana después', '2025-03-10', '2025-03-17', 'day'],
  ['other date', P, 'La llamada tuvo lugar tres días después de que ambos presidentes hablaran por teléfono.', 'tres días después', P, '2025-09-02', 'day'],
  ['other date', P, 'El presidente viajó el lunes 1 de septiembre de 2025; más temprano, se reunió con gobernadores.', 'más temprano', '2025-09-01', '2025-09-01', 'day'],
  ['other date', P, 'Los ministros se reunieron el 14 de julio de 2025, y dos semanas antes los enviados prepararon la agenda.', 'dos semanas antes', '2025-07-14', '2025-06-30', 'day'],
  ['other date', P, 'El traslado ocurrió el jueves 11 de diciembre de 2025; al otro día, la fiscalía emitió un comunicado.', 'al otro día', '2025-12-11', '2025-12-12', 'day'],
  ['other date', null, 'Los soldados fueron fotografiados el 5 de febrero de 2025. Comenzaron a patrullar el miércoles.', 'miércoles', '2025-02-05', '2025-02-05', 'day'],
  ['other date', null, 'Las pláticas iniciaron el 5 de febrero de 2025. El 3 de febrero, la presidenta había anunciado el plan.', '3 de febrero', '2025-02-05', '2025-02-03', 'day'],
  ['other date', null, 'El tribunal resolvió el 29 de diciembre de 2025. La apelación se presentó el 5 de enero.', '5 de enero', '2025-12-29', '2026-01-05', 'day'],
  ['other date', null, 'Las autoridades informaron el miércoles 18 de junio de 2025 del hallazgo. Otro decomiso parecido ocurrió en enero de este mismo año.', 'enero de este mismo año', '2025-06-18', '2025-01', 'month'],
  ['range', P, 'La feria será del 1 al 3 de octubre en Monterrey.', '1 al 3 de octubre', P, '2025-10-01', 'day', ['2025-10-01', '2025-10-03']],
  ['range', P, 'Los ejercicios fueron del 15 al 20 de marzo de 2025 en Baja California.', '15 al 20 de marzo de 2025', null, '2025-03-15', 'day', ['2025-03-15', '2025-03-20']],
  ['range', P, 'Las revisiones se hicieron entre el 2 y el 4 de junio de 2025 en la aduana.', '2 y el 4 de junio de 2025', null, '2025-06-02', 'day', ['2025-06-02', '2025-06-04']],
  ['range', P, 'Del 28 de diciembre al 3 de enero se suspendieron los vuelos.', '28 de diciembre al 3 de enero', P, '2024-12-28', 'day', ['2024-12-28', '2025-01-03']],
  ['range', P, 'Los ejercicios del 15-17 de agosto reunieron a 300 marinos.', '15-17 de agosto', P, '2025-08-15', 'day', ['2025-08-15', '2025-08-17']],
  ['range', P, 'Del 3 de marzo al 7 de abril de 2025 se revisaron los cruces.', '3 de marzo al 7 de abril de 2025', null, '2025-03-03', 'day', ['2025-03-03', '2025-04-07']],
  ['unresolvable', null, 'La reunión fue el jueves en Palacio Nacional.', 'jueves', null, null, null],
  ['unresolvable', null, 'El año pasado hubo más muertes por sobredosis.', 'año pasado', null, null, null],
  ['unresolvable', null, 'Al día siguiente, los enviados se retiraron.', 'Al día siguiente', null, null, null],
  ['unresolvable', null, 'Dos semanas después, la guardia se retiró de la ciudad.', 'Dos semanas después', null, null, null],
  ['unresolvable', null, 'Ayer el Senado aprobó la reforma.', 'Ayer', null, null, null],
  ['unresolvable', null, 'La delegación llegó el 14 de octubre con sus demandas.', '14 de octubre', null, null, null],
  ['unresolvable', null, 'La feria será del 1 al 3 de octubre en Monterrey.', '1 al 3 de octubre', null, null, null],
  ['unresolvable', null, 'Las pláticas se reanudarán el próximo mes.', 'próximo mes', null, null, null],
];

/** Sentences with words that look like dates and are not. */
const notDates: readonly string[] = [
  'La víspera de la cumbre hubo protestas en la capital.',
  'Por la mañana, la presidenta se reunió con los gobernadores.',
  'La conferencia empezó a las 10 de la mañana en Palacio Nacional.',
  'México ganó 3-1 el partido de ida en Monterrey.',
  'The day before the vote, protests grew outside the Senate.',
  'Both countries share a 2,000-mile border and $1.9 billion in daily trade.',
  'Officials may announce new measures soon.',
];

function check(rows: readonly Row[]) {
  it.each(rows.map((row) => [`${row[0]}: ${row[3]} in "${row[2]}"`, row] as const))('%s', (_, row) => {
    const [kind, published, text, expression, anchor, value, grain, range] = row;
    const found = datesOf(text, published);
    const date = found.find((d) => d.text === expression);
    expect(date, `dates found: ${JSON.stringify(found)}`).toBeDefined();
    expect([date!.value, date!.grain]).toEqual([value, grain]);
    if (range) expect(date!.range).toEqual({ from: range[0], to: range[1] });
    // The anchor is the publication date, or another date the text states before the expression.
    if (kind === 'publication') expect(anchor).toBe(published);
    if (kind === 'other date' && anchor !== published) expect(found.some((d) => d !== date && d.value === anchor)).toBe(true);
    if (kind === 'absolute' || kind === 'unresolvable') expect(anchor).toBeNull();
  });
}

describe('date expressions, English', () => {
  it('has at least 60 rows', () => expect(english.length).toBeGreaterThanOrEqual(60));
  check(english);
});

describe('date expressions, Spanish', () => {
  it('has at least 60 rows', () => expect(spanish.length).toBeGreaterThanOrEqual(60));
  check(spanish);
});

describe('date expressions: words that are not dates', () => {
  it.each(notDates)('%s', (text) => {
    expect(datesOf(text, P)).toEqual([]);
  });
});

/**
 * A table of figure expressions as reporting writes them, in sentences we wrote ourselves: each row
 * gives the span, the value and the normalised unit of the one figure the sentence holds; the
 * negative rows hold none. Units are the counted thing, the same in both languages.
 *
 * ok:     "Agents arrested more than a dozen people." → "more than a dozen people" = 12 people
 * not-ok: "Thousands of migrants waited at the bridge." → no figure
 */
import { describe, expect, it } from 'vitest';
import { runText } from '#test/helpers/documents.js';
import { createPipeline } from '../../create-pipeline.js';
import { clean } from '../clean/index.js';
import { sentences } from '../sentences.js';
import { dates } from '../dates/index.js';
import { figures } from './index.js';

const pipeline = createPipeline([clean, sentences, dates, figures]);

/** [span text, value, unit] of each figure of a one-paragraph text. */
function brief(text: string): Array<[string, number | null, string | null]> {
  const { layers } = runText(pipeline, text, { published: '2025-09-05' });
  return layers.figures.map((f) => [text.slice(f.start, f.end), f.value, f.unit]);
}

type Row = readonly [sentence: string, span: string, value: number, unit: string];

const english: readonly Row[] = [
  // counts written out, and dozens
  ['Five agencies will share intelligence under the plan.', 'Five agencies', 5, 'agencies'],
  ['Agents arrested more than a dozen people at the warehouse.', 'more than a dozen people', 12, 'people'],
  ['Investigators identified two dozen shell companies in the scheme.', 'two dozen shell companies', 24, 'companies'],
  ['The navy intercepted half a dozen boats near the coast.', 'half a dozen boats', 6, 'vessels'],
  ['Prosecutors charged seven defendants with money laundering.', 'seven defendants', 7, 'people'],
  ['The court sentenced three traffickers to prison.', 'three traffickers', 3, 'people'],
  ['Police detained four fugitives at a checkpoint.', 'four fugitives', 4, 'people'],
  ['Mexico returned nine prisoners at the airport.', 'nine prisoners', 9, 'people'],
  ['The raid freed eleven children held at the ranch.', 'eleven children', 11, 'people'],
  ['Twenty-six suspects were flown to Houston.', 'Twenty-six suspects', 26, 'people'],
  ['Customs agents seized forty trucks loaded with fuel.', 'forty trucks', 40, 'vehicles'],
  ['The coast guard stopped three vessels carrying cocaine.', 'three vessels', 3, 'vessels'],
  ['Soldiers found six aircraft at a clandestine airstrip.', 'six aircraft', 6, 'aircraft'],
  ['Treasury named eight entities linked to the network.', 'eight entities', 8, 'entities'],
  ['The strikes destroyed two semi-submersibles in the Pacific.', 'two semi-submersibles', 2, 'vessels'],
  // digits, with the counted noun and its modifiers
  ['The operation seized 1,200 firearms bound for Mexico.', '1,200 firearms', 1200, 'weapons'],
  ['Officers recovered 35,000 rounds of ammunition.', '35,000 rounds', 35000, 'cartridges'],
  ['Inspectors found 420 magazines hidden in the tires.', '420 magazines', 420, 'magazines'],
  ['The unit dismantled 48 clandestine labs this year.', '48 clandestine labs', 48, 'laboratories'],
  ['The government deployed 10,000 National Guard troops.', '10,000 National Guard troops', 10000, 'troops'],
  ['Authorities transferred 55 alleged cartel members overnight.', '55 alleged cartel members', 55, 'people'],
  ['The agency sanctioned 14 Mexican nationals on Tuesday.', '14 Mexican nationals', 14, 'people'],
  ['Courts in 21 Texas counties heard the cases.', '21 Texas counties', 21, 'counties'],
  ['The plan covers 13 U.S. states along the route.', '13 U.S. states', 13, 'states'],
  ['Troops seized 20 tanker trucks at the terminal.', '20 tanker trucks', 20, 'vehicles'],
  ['Police seized 300 explosive devices in the raid.', '300 explosive devices', 300, 'devices'],
  ['The fleet of 12 Navy helicopters patrols the gulf.', '12 Navy helicopters', 12, 'aircraft'],
  // qualifiers inside the span
  ['The cartel laundered more than $1.4 billion through the banks.', 'more than $1.4 billion', 1.4e9, 'USD'],
  ['Nearly 600 migrants were rescued from the trailer.', 'Nearly 600 migrants', 600, 'people'],
  ['At least 30 people died in the clashes.', 'At least 30 people', 30, 'people'],
  ['Seizures of fentanyl fell by about 40 percent.', 'about 40 percent', 40, 'percent'],
  ['The tunnel ran for roughly 900 feet under the fence.', 'roughly 900 feet', 900, 'feet'],
  // money and scales
  ['Washington offered a reward of $5 million for his capture.', '$5 million', 5e6, 'USD'],
  ['The fines reached 30 million pesos in the first quarter.', '30 million pesos', 3e7, 'MXN'],
  [
    'Agents found over a quarter of a million dollars in the car.',
    'over a quarter of a million dollars',
    250000,
    'USD',
  ],
  ['The state spent half a million dollars on cameras.', 'half a million dollars', 500000, 'USD'],
  ['Trade across the bridge is worth $2.5bn a year.', '$2.5bn', 2.5e9, 'USD'],
  // measures
  ['Marines seized 3,500 pounds of marijuana.', '3,500 pounds', 3500, 'pounds'],
  ['The lab held 800 liters of precursor chemicals.', '800 liters', 800, 'liters'],
  ['The navy seized 2.3 tons of cocaine off Colima.', '2.3 tons', 2.3, 'tons'],
  ['The shipment weighed 450 kilograms.', '450 kilograms', 450, 'kg'],
  ['The boat was stopped 200 nautical miles off the coast.', '200 nautical miles', 200, 'nautical miles'],
  ['The tunnel measured 36 inches in height.', '36 inches', 36, 'inches'],
  // hyphenated durations and sizes
  ['Both sides agreed to a 60-day pause on tariffs.', '60-day', 60, 'days'],
  ['Mexico asked for a 48-hour delay before the transfer.', '48-hour', 48, 'hours'],
  ['Smugglers use the 2,000-mile frontier to move drugs.', '2,000-mile', 2000, 'mile'],
  ['He finished his six-year term in September.', 'six-year', 6, 'years'],
  // durations between events and deadlines
  ['The talks will end within 90 days of the signing.', '90 days', 90, 'days'],
  ['Three weeks later, the second shipment arrived.', 'Three weeks', 3, 'weeks'],
  ['His family fled the country over 40 years ago.', 'over 40 years', 40, 'years'],
  ['The ceremony will mark one year since the accord.', 'one year', 1, 'years'],
  ['The men face more than 20 years in prison.', 'more than 20 years', 20, 'years'],
  // parts of a set and borrowed nouns
  ['Twelve of the defendants remain at large.', 'Twelve of the defendants', 12, 'people'],
  ['Four of its leaders were indicted in Texas.', 'Four of its leaders', 4, 'people'],
  // one fact stated twice is one figure
  ['Mexico sent 37 prisoners to the United States. The 37 men face federal charges.', '37 prisoners', 37, 'people'],
  ['The agency froze 64 accounts. Investigators said the 64 accounts moved cash daily.', '64 accounts', 64, 'accounts'],
  // percentages and the share of a whole
  ['Imports fell 12.5% in the first half.', '12.5%', 12.5, 'percent'],
  ['About 70 percent of the guns came from Texas.', 'About 70 percent', 70, 'percent'],
  ['Tariffs of 25 percent were delayed for a month.', '25 percent', 25, 'percent'],
  // "the N X" named by a long description, and a superlative set
  [
    'Leaders of the four Central American criminal groups were flown home.',
    'four Central American criminal groups',
    4,
    'groups',
  ],
  ['Cargo at the ten busiest ports is inspected by scanners.', 'ten busiest ports', 10, 'ports'],
  ['The raids hit 150 homes across the state.', '150 homes', 150, 'properties'],
  ['Three were killed in the ambush, police said.', 'Three', 3, 'people'],
  // every kind at once, as news stories mix them
  [
    'The United States and Mexico share a 2,000-mile border, the busiest crossing in the world.',
    '2,000-mile',
    2000,
    'mile',
  ],
  [
    'Mexican authorities reported detaining over 430,000 migrants in 2023 alone.',
    'over 430,000 migrants',
    430000,
    'people',
  ],
  [
    'The fentanyl crisis claimed nearly 75,000 American lives last year.',
    'nearly 75,000 American lives',
    75000,
    'deaths',
  ],
  [
    'Mexico is the largest trading partner, with bilateral trade reaching $798 billion in 2023.',
    '$798 billion',
    798e9,
    'USD',
  ],
  ['Washington pledged US$ 5 million for forensic labs.', 'US$ 5 million', 5e6, 'USD'],
  ['The program costs 1.2 billion pesos a year.', '1.2 billion pesos', 1.2e9, 'MXN'],
  ['Seizures rose 40 percent in the first half.', '40 percent', 40, 'percent'],
  ['Unemployment reached 12% among young people.', '12%', 12, 'percent'],
  ['Soldiers seized 1,500 kilograms of methamphetamine in Sinaloa.', '1,500 kilograms', 1500, 'kg'],
  ['The task force brings together six agencies from both countries.', 'six agencies', 6, 'agencies'],
  ['Prosecutors charged 29 defendants with trafficking.', '29 defendants', 29, 'people'],
  ['Some 2 million people crossed the border.', 'Some 2 million people', 2e6, 'people'],
  ['The navy seized 3.5 tons of cocaine off Oaxaca.', '3.5 tons', 3.5, 'tons'],
  ['Mexico will send agents to 18 crossing points along the border.', '18 crossing points', 18, 'points'],
  ['The suspects face 30 years in prison if convicted.', '30 years', 30, 'years'],
  ['The budget (1,500 officers) was approved.', '1,500 officers', 1500, 'people'],
  ['Two million people crossed the border illegally.', 'Two million people', 2e6, 'people'],
  ['Exports grew to $1.2bn in the quarter.', '$1.2bn', 1.2e9, 'USD'],
];

const spanish: readonly Row[] = [
  // palabras de número y docenas
  ['Siete agencias participarán en el operativo conjunto.', 'Siete agencias', 7, 'agencies'],
  ['La policía detuvo a media docena de sospechosos en el mercado.', 'media docena de sospechosos', 6, 'people'],
  ['Los peritos hallaron dos docenas de armas en la bodega.', 'dos docenas de armas', 24, 'weapons'],
  ['Las autoridades capturaron a una docena de halcones.', 'una docena de halcones', 12, 'halcones'],
  ['Dos murieron en el enfrentamiento con la Guardia Nacional, según el parte.', 'Dos', 2, 'people'],
  ['La Marina aseguró tres lanchas con cocaína frente a Oaxaca.', 'tres lanchas', 3, 'vessels'],
  ['La Fiscalía extraditó a cinco narcotraficantes a Texas.', 'cinco narcotraficantes', 5, 'people'],
  ['El juez vinculó a proceso a seis detenidos por el ataque.', 'seis detenidos', 6, 'people'],
  ['Los soldados localizaron cuatro aeronaves en una pista clandestina.', 'cuatro aeronaves', 4, 'aircraft'],
  ['La operación incluyó ocho embarcaciones de la Armada.', 'ocho embarcaciones', 8, 'vessels'],
  ['Fueron trasladados nueve reos a penales federales.', 'nueve reos', 9, 'people'],
  ['El gobierno envió a veinte fugitivos a Estados Unidos.', 'veinte fugitivos', 20, 'people'],
  ['La Secretaría suspendió a tres exfuncionarios de aduanas.', 'tres exfuncionarios', 3, 'people'],
  ['El gabinete presentó cuatro principios para la cooperación.', 'cuatro principios', 4, 'principles'],
  ['Los presos fueron llevados a seis ciudades del país vecino.', 'seis ciudades', 6, 'cities'],
  // cifras con su sustantivo
  ['El Ejército aseguró 1,500 armas de fuego en Sinaloa.', '1,500 armas de fuego', 1500, 'weapons'],
  ['Se decomisaron 40 mil cartuchos de diversos calibres.', '40 mil cartuchos', 40000, 'cartridges'],
  ['Los agentes encontraron 320 cargadores en el domicilio.', '320 cargadores', 320, 'magazines'],
  ['La Marina desmanteló 75 laboratorios clandestinos este año.', '75 laboratorios', 75, 'laboratories'],
  ['Se aseguraron 18 inmuebles ligados a la red.', '18 inmuebles', 18, 'properties'],
  ['Los militares aseguraron 230 vehículos robados.', '230 vehículos', 230, 'vehicles'],
  ['El decomiso incluyó 12 camionetas blindadas.', '12 camionetas', 12, 'vehicles'],
  ['Se aseguraron 9 artefactos explosivos en la casa.', '9 artefactos explosivos', 9, 'devices'],
  ['Hay 14 integrantes de la célula en prisión.', '14 integrantes', 14, 'people'],
  ['La dependencia reportó 85 municiones útiles.', '85 municiones', 85, 'cartridges'],
  ['El operativo movilizó a 2 mil elementos de la Guardia Nacional.', '2 mil elementos', 2000, 'people'],
  ['El juez ordenó liberar a 16 migrantes guatemaltecos.', '16 migrantes', 16, 'people'],
  ['Se incautaron 600 mil pastillas de fentanilo.', '600 mil pastillas', 600000, 'pills'],
  // números escritos en grupos
  ['Se aseguraron 4 mil 512 armas durante el sexenio.', '4 mil 512 armas', 4512, 'weapons'],
  ['El Ejército incautó mil 260 kilogramos de fentanilo.', 'mil 260 kilogramos', 1260, 'kg'],
  ['Se decomisaron un millón 200 mil 350 pastillas.', 'un millón 200 mil 350 pastillas', 1200350, 'pills'],
  ['La red movió 3 millones 415 mil 20 cartuchos al sur.', '3 millones 415 mil 20 cartuchos', 3415020, 'cartridges'],
  ['El fraude sumó mil 200 millones de pesos.', 'mil 200 millones de pesos', 1.2e9, 'MXN'],
  ['El programa costará 1.5 millones de dólares.', '1.5 millones de dólares', 1.5e6, 'USD'],
  ['La obra costó 2,5 millones de pesos.', '2,5 millones de pesos', 2.5e6, 'MXN'],
  ['El país recibió 850 mil dólares en ayuda.', '850 mil dólares', 850000, 'USD'],
  ['La multa fue de 30 mdp para la empresa.', '30 mdp', 3e7, 'MXN'],
  // calificadores dentro del span
  ['Más de 300 personas fueron evacuadas del poblado.', 'Más de 300 personas', 300, 'people'],
  ['Cerca de 90 agentes participaron en la revisión.', 'Cerca de 90 agentes', 90, 'people'],
  ['Al menos 12 policías murieron en el ataque.', 'Al menos 12 policías', 12, 'people'],
  ['Se aseguraron casi 5 toneladas de metanfetamina.', 'casi 5 toneladas', 5, 'tons'],
  ['Los decomisos aumentaron alrededor de 35 por ciento.', 'alrededor de 35 por ciento', 35, 'percent'],
  ['Se decomisaron más de mil 300 cartuchos cada semana.', 'más de mil 300 cartuchos', 1300, 'cartridges'],
  // medidas
  ['La lancha fue interceptada a 120 millas náuticas de la costa.', '120 millas náuticas', 120, 'nautical miles'],
  ['El túnel tenía 400 metros de longitud.', '400 metros', 400, 'm'],
  ['La frontera se extiende por 3.100 kilómetros.', '3.100 kilómetros', 3100, 'km'],
  ['Se hallaron 8 mil litros de combustible robado.', '8 mil litros', 8000, 'liters'],
  ['La droga pesaba 75 kilos en total.', '75 kilos', 75, 'kg'],
  ['Se decomisaron 2 mil libras de mariguana.', '2 mil libras', 2000, 'pounds'],
  // duraciones
  ['Las partes pactaron una pausa de un mes en los aranceles.', 'un mes', 1, 'months'],
  ['El tercer envío ocurrió en menos de un año.', 'menos de un año', 1, 'years'],
  ['Los migrantes esperaron durante cuatro meses en Reynosa.', 'cuatro meses', 4, 'months'],
  ['La reunión tuvo lugar tres días después de la llamada.', 'tres días', 3, 'days'],
  ['El acuerdo da un plazo de 45 días a los bancos.', '45 días', 45, 'days'],
  ['Seis semanas después, la corte resolvió el caso.', 'Seis semanas', 6, 'weeks'],
  // partes de un conjunto, y una persona en una lista de cifras
  ['Dos de los detenidos son menores de edad.', 'Dos de los detenidos', 2, 'people'],
  ['Junto a él fueron arrestadas otras siete personas.', 'otras siete personas', 7, 'people'],
  // un hecho dicho dos veces
  ['México envió a 26 reos a Estados Unidos. Los 26 enfrentarán juicios federales.', '26 reos', 26, 'people'],
  ['Se aseguraron 90 armas. Las 90 armas serán destruidas.', '90 armas', 90, 'weapons'],
  // porcentajes
  ['El 74% de las armas ilegales entra por Arizona.', '74%', 74, 'percent'],
  ['Los aranceles del 25 % quedaron suspendidos.', '25 %', 25, 'percent'],
  ['La inflación llegó a 4,5 % en agosto.', '4,5 %', 4.5, 'percent'],
  // de todo tipo, como las mezclan las notas
  ['México y Estados Unidos comparten una frontera de 3.200 kilómetros de longitud.', '3.200 kilómetros', 3200, 'km'],
  [
    'El comercio bilateral alcanzó 1,9 mil millones de dólares diarios según la secretaría.',
    '1,9 mil millones de dólares',
    1.9e9,
    'USD',
  ],
  [
    'El gobierno destinará 2 mil 500 millones de pesos a la Guardia Nacional.',
    '2 mil 500 millones de pesos',
    2.5e9,
    'MXN',
  ],
  ['Las autoridades mexicanas detuvieron a 430 mil migrantes en 2024.', '430 mil migrantes', 430000, 'people'],
  [
    'La Fiscalía abrió más de 125 investigaciones por tráfico de armas.',
    'más de 125 investigaciones',
    125,
    'investigations',
  ],
  ['Los homicidios bajaron 25 por ciento en el último año según el gabinete.', '25 por ciento', 25, 'percent'],
  ['La inflación anual se ubicó en 12,5 % en agosto según el instituto.', '12,5 %', 12.5, 'percent'],
  ['La Marina aseguró 1,500 kilos de cocaína en Manzanillo.', '1,500 kilos', 1500, 'kg'],
  ['El gobierno federal invirtió 300 mdd en la frontera norte del país.', '300 mdd', 3e8, 'USD'],
  ['Las fuerzas armadas desplegaron a diez mil elementos en la frontera norte.', 'diez mil elementos', 10000, 'people'],
  ['Se aseguraron 1.2 toneladas de metanfetamina en el puerto de Manzanillo.', '1.2 toneladas', 1.2, 'tons'],
  [
    'La Secretaría de Marina aseguró más de 2 mil armas de fuego este año.',
    'más de 2 mil armas de fuego',
    2000,
    'weapons',
  ],
  ['La Sedena aseguró 23 armas largas en el operativo.', '23 armas', 23, 'weapons'],
  [
    'El país recibió un millón de turistas estadounidenses durante el verano.',
    'un millón de turistas',
    1e6,
    'turistas',
  ],
];

const notFigures: Record<'en' | 'es', readonly string[]> = {
  en: [
    'Thousands of migrants waited at the bridge.',
    'Dozens of cartel leaders were extradited last year.',
    'Hundreds of millions of dollars moved through the banks.',
    'The Tigres won 3-1 on Saturday night.',
    'The decree was signed on 15.09 and published later.',
    'Executive Order 14157 designates the cartels.',
    'Members of Florencia 13 were arrested in the raid.',
    'The two countries signed the accord in 2024.',
    'The talks will resume every two months.',
    'The treaty was signed two weeks ago.',
    'A 25-year-old suspect was detained.',
    'One of the ten most wanted fugitives was captured.',
    'The officials raised two points during the call.',
    'The meeting starts at 9:30 a.m. in the capital.',
    'He was extradited on March 3, 2025.',
    'She served as ambassador (2017-18) before joining the cabinet.',
    'Call the tip line at 555-123-4567 to report a crime.',
  ],
  es: [
    'Miles de migrantes esperaban en el puente.',
    'Decenas de presuntos líderes fueron extraditados.',
    'Los Tigres ganaron 3-1 en el estadio.',
    'El acuerdo entró en vigor el 15.09 de este año.',
    'Los dos países firmaron el acuerdo en 2024.',
    'El grupo técnico sesionará cada dos meses.',
    'Una de las cinco rutas más vigiladas quedó cerrada.',
    'Un agente de la DEA encabezó la investigación.',
    'La presidenta habló de un acuerdo con Washington.',
    'La reunión comenzará a las 10 horas en Palacio Nacional.',
    'El artículo 19 de la ley prohíbe la extradición.',
    'El secretario planteó dos puntos en la llamada.',
    'Fue detenido el 3 de marzo de 2025 en Culiacán.',
    'Cientos de miles de personas cruzan cada día.',
  ],
};

describe.each([
  ['English', english, notFigures.en],
  ['Spanish', spanish, notFigures.es],
] as const)('figure expressions, %s', (_, rows, negatives) => {
  it('has at least 60 rows', () => expect(rows.length).toBeGreaterThanOrEqual(60));
  it.each(rows)('%s', (sentence, span, value, unit) => {
    expect(brief(sentence)).toEqual([[span, value, unit]]);
  });
  it.each(negatives)('no figure: %s', (sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});

describe('ranges and lists, several values', () => {
  it.each([
    [
      'Officials estimate that 150-200,000 people crossed last year.',
      [
        ['150', 150000, 'people'],
        ['200,000 people', 200000, 'people'],
      ],
    ],
    [
      'The deal is worth $5-10 million to the firms.',
      [
        ['$5', 5e6, 'USD'],
        ['10 million', 1e7, 'USD'],
      ],
    ],
    [
      'Se estima que entre 150 y 200 mil personas cruzaron.',
      [
        ['150', 150000, 'people'],
        ['200 mil personas', 200000, 'people'],
      ],
    ],
    [
      'The banks hold over $7 and $4 billion in assets.',
      [
        ['over $7', 7e9, 'USD'],
        ['$4 billion', 4e9, 'USD'],
      ],
    ],
    [
      'Police detained 23 people in the raid. At least seven, officers said, carried rifles.',
      [
        ['23 people', 23, 'people'],
        ['At least seven', 7, 'people'],
      ],
    ],
    [
      'The plan sends 1,900 troops to Tijuana, with another 1,500 sent to Juárez.',
      [
        ['1,900 troops', 1900, 'troops'],
        ['another 1,500', 1500, 'troops'],
      ],
    ],
    [
      'En la revisión se arrestó a una persona y se incautaron 35 kilos de metanfetamina y un vehículo.',
      [
        ['una persona', 1, 'people'],
        ['35 kilos', 35, 'kg'],
        ['un vehículo', 1, 'vehicles'],
      ],
    ],
  ] as const)('%s', (sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});

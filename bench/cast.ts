/**
 * A cast for generated collections that grows with their size: people named from given names ×
 * surnames, organisations from places × kinds of body, and events that several articles report, so
 * that entity resolution and the comparison of sources meet thousands of distinct actors at 16,000
 * articles, most of them named in more than one article.
 */

const GIVEN = [
  'Ana',
  'Tomás',
  'Lucía',
  'Jorge',
  'María',
  'Daniel',
  'Elena',
  'Pablo',
  'Sofía',
  'Rafael',
  'Carmen',
  'Andrés',
  'Isabel',
  'Héctor',
  'Laura',
  'Miguel',
  'Paula',
  'Ricardo',
  'Teresa',
  'Óscar',
  'Julia',
  'Felipe',
  'Rosa',
  'Ignacio',
  'Marta',
  'Gustavo',
  'Clara',
  'Ernesto',
  'Beatriz',
  'Samuel',
  'Irene',
  'Mauricio',
  'Silvia',
  'Arturo',
  'Adriana',
  'Emilio',
  'Gloria',
  'Rodrigo',
  'Natalia',
  'Hugo',
];
const SURNAMES = [
  'Arriaga',
  'Benavides',
  'Cordero',
  'Duarte',
  'Escobedo',
  'Figueroa',
  'Galindo',
  'Hinojosa',
  'Ibarra',
  'Jaramillo',
  'Lozano',
  'Madrigal',
  'Navarrete',
  'Olvera',
  'Padilla',
  'Quintero',
  'Rangel',
  'Salcedo',
  'Trejo',
  'Urrutia',
  'Valdivia',
  'Zamora',
  'Acosta',
  'Bermúdez',
  'Cisneros',
  'Delgado',
  'Esquivel',
  'Fajardo',
  'Guzmán',
  'Herrera',
  'Izquierdo',
  'Juárez',
  'Leal',
  'Montoya',
  'Noriega',
  'Ochoa',
  'Peralta',
  'Quiroga',
  'Robles',
  'Sandoval',
  'Tapia',
  'Uribe',
  'Villalobos',
  'Yáñez',
  'Zepeda',
  'Aguilar',
  'Barrera',
  'Castañeda',
  'Domínguez',
  'Echeverría',
  'Franco',
  'Gallardo',
  'Huerta',
  'Lara',
  'Mendoza',
  'Nájera',
  'Orozco',
  'Pineda',
  'Ríos',
  'Solís',
  'Treviño',
  'Valencia',
  'Whitaker',
  'Kowalski',
  'Brennan',
  'Fischer',
  'Harper',
  'Lindqvist',
  'Morrow',
  'Novak',
];
const PLACES = [
  'Veracruz',
  'Manzanillo',
  'Tijuana',
  'Monterrey',
  'Culiacán',
  'Mérida',
  'Reynosa',
  'Mazatlán',
  'Oaxaca',
  'Puebla',
  'Hermosillo',
  'Chihuahua',
  'Durango',
  'Saltillo',
  'Tampico',
  'Acapulco',
  'Morelia',
  'Toluca',
  'Querétaro',
  'Laredo',
  'Nogales',
  'Ensenada',
  'Matamoros',
  'Zacatecas',
  'Colima',
  'Tepic',
  'Campeche',
  'Villahermosa',
  'Chetumal',
  'Cancún',
];
const BODIES = [
  'Port Authority',
  'Customs Office',
  'Police Department',
  'Prosecutor’s Office',
  'Border Council',
  'Harbour Guard',
  'Transit Agency',
  'Security Commission',
];
const ROLES = ['director', 'spokesperson', 'prosecutor', 'commander', 'inspector', 'secretary'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];

/** One event several articles report: who, with whom, where, when, and a figure the reports may give differently. */
interface SharedEvent {
  readonly actor: number;
  readonly other: number;
  readonly body: number;
  readonly place: string;
  readonly day: string;
  readonly tonnes: number;
  readonly kind: 'met' | 'seized' | 'agreed';
}

const personName = (i: number) =>
  `${GIVEN[i % GIVEN.length]!} ${SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length]!}`;
const bodyName = (i: number) =>
  `${PLACES[i % PLACES.length]!} ${BODIES[Math.floor(i / PLACES.length) % BODIES.length]!}`;

/**
 * The cast for a collection of `count` articles: about one person for every four articles (up to
 * the 2,800 names the lists make) and one organisation for every sixteen, and an event for every
 * three articles; `paragraph` writes what article `i` reports of them.
 */
export function castFor(count: number, next: () => number) {
  const people = Math.min(GIVEN.length * SURNAMES.length, Math.max(20, Math.ceil(count / 4)));
  const bodies = Math.min(PLACES.length * BODIES.length, Math.max(5, Math.ceil(count / 16)));
  const pick = (n: number) => Math.floor(next() * n);
  // Skewed: a few actors are in many articles, most in a few.
  const skewed = (n: number) => Math.floor(n * next() ** 2);
  const events: SharedEvent[] = Array.from({ length: Math.max(10, Math.ceil(count / 3)) }, () => ({
    actor: skewed(people),
    other: pick(people),
    body: skewed(bodies),
    place: PLACES[pick(PLACES.length)]!,
    day: `${1 + pick(28)} ${MONTHS[pick(MONTHS.length)]!} 2025`,
    tonnes: 2 + pick(40),
    kind: (['met', 'seized', 'agreed'] as const)[pick(3)]!,
  }));
  const sentenceOf = (event: SharedEvent) => {
    const role = ROLES[event.actor % ROLES.length]!;
    const who = `${bodyName(event.body)} ${role} ${personName(event.actor)}`;
    // One report in eight gives the figure another way, as sources do.
    const tonnes = next() < 0.125 ? event.tonnes + 1 + pick(5) : event.tonnes;
    if (event.kind === 'met')
      return `${who} met ${personName(event.other)} in ${event.place} on ${event.day} to discuss cargo inspections.`;
    if (event.kind === 'seized')
      return `${who} said officers seized ${tonnes} tonnes of cocaine in ${event.place} on ${event.day}, and ${personName(event.other)} confirmed the seizure.`;
    return `${who} and ${personName(event.other)} agreed in ${event.place} on ${event.day} to share customs records within ${tonnes} days.`;
  };
  return {
    people,
    bodies,
    /** Two or three events of the collection, as article `i` reports them. */
    paragraph: (): string =>
      Array.from({ length: 2 + pick(2) }, () => sentenceOf(events[skewed(events.length)]!)).join(' '),
    /** The byline: two people of the cast. */
    byline: (): string => `${personName(pick(people))} and ${personName(pick(people))}`,
  };
}

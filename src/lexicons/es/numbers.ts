import type { NumberLexicon } from '../number-lexicon.js';

/** Spanish number vocabulary. */
export const numbers: NumberLexicon = {
  decimalComma: true,
  words: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
    veintiún: 21, veintiuno: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24, veinticinco: 25,
    treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
    cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, quinientos: 500,
    seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900, docena: 12, 'una docena': 12,
  },
  scales: { mil: 1e3, 'mil millones': 1e9, millón: 1e6, millon: 1e6, millones: 1e6, billón: 1e12, billones: 1e12 },
  scaledCurrencies: { mdd: { scale: 1e6, currency: 'USD' }, mdp: { scale: 1e6, currency: 'MXN' }, mmdd: { scale: 1e9, currency: 'USD' } },
  vague: ['decenas de miles', 'cientos de miles', 'centenares de miles', 'decenas de millones', 'cientos de millones', 'miles de millones', 'miles', 'cientos', 'centenares', 'decenas', 'millones', 'docenas'],
  linkers: ['de'],
  currencies: {
    $: 'USD', us$: 'USD', usd: 'USD', dólar: 'USD', dólares: 'USD', dolares: 'USD', 'dólares estadounidenses': 'USD',
    mx$: 'MXN', mxn: 'MXN', peso: 'MXN', pesos: 'MXN', 'pesos mexicanos': 'MXN', '€': 'EUR', euro: 'EUR', euros: 'EUR',
  },
  countedNouns: {
    personas: 'people', presos: 'prisoners', reos: 'prisoners', internos: 'inmates', reclusos: 'prisoners', rifles: 'rifles', fusiles: 'rifles', migrantes: 'migrants', armas: 'weapons', detenidos: 'detainees', detenciones: 'arrests', laboratorios: 'laboratories',
    investigaciones: 'investigations', cuentas: 'accounts', pastillas: 'pills', cartuchos: 'cartridges', vehículos: 'vehicles', muertes: 'deaths',
    elementos: 'officers', agentes: 'agents', soldados: 'soldiers', marinos: 'marines', militares: 'soldiers', túneles: 'tunnels', tuneles: 'tunnels',
    cruces: 'crossings', puertos: 'ports', empresas: 'companies', contenedores: 'containers', camiones: 'trucks', pipas: 'tankers', órdenes: 'warrants',
    cargos: 'charges', acusados: 'defendants', extradiciones: 'extraditions', solicitudes: 'requests', casos: 'cases', dosis: 'doses',
    víctimas: 'victims', homicidios: 'homicides', municipios: 'municipalities', estados: 'states', agencias: 'agencies', compromisos: 'commitments',
    reuniones: 'meetings', litros: 'liters', barriles: 'barrels', inspecciones: 'inspections', operativos: 'operations', sanciones: 'sanctions',
    días: 'days', semanas: 'weeks', meses: 'months', años: 'years', horas: 'hours',
  },
  units: {
    '%': 'percent', 'por ciento': 'percent', 'puntos porcentuales': 'percentage points',
    milla: 'mile', millas: 'mile', km: 'km', kilómetro: 'km', kilómetros: 'km', kilometros: 'km',
    kg: 'kg', kilogramo: 'kg', kilogramos: 'kg', kilo: 'kg', kilos: 'kg', libras: 'lb',
    tonelada: 'tons', toneladas: 'tons', gramo: 'g', gramos: 'g', litro: 'l', litros: 'l', hectáreas: 'ha',
  },
  qualifiers: {
    casi: 'casi', 'más de': 'más de', 'mas de': 'más de', 'alrededor de': 'alrededor de', aproximadamente: 'aproximadamente',
    'cerca de': 'cerca de', 'al menos': 'al menos', 'por lo menos': 'al menos', hasta: 'hasta', 'menos de': 'menos de',
    unos: 'unos', unas: 'unas', 'poco más de': 'poco más de', 'un total de': 'un total de', 'hasta un': 'hasta', 'arriba de': 'más de', 'más de un': 'más de',
  },
  rates: {
    'al día': 'day', 'por día': 'day', diarios: 'day', diarias: 'day', diario: 'day', diariamente: 'day', 'cada día': 'day',
    'a la semana': 'week', 'por semana': 'week', semanales: 'week',
    'al mes': 'month', 'por mes': 'month', mensuales: 'month', 'cada mes': 'month',
    'al año': 'year', 'por año': 'year', anuales: 'year', anualmente: 'year', 'cada año': 'year',
  },
  determiners: ['los', 'las', 'sus', 'ambos', 'ambas', 'estos', 'estas', 'esos', 'esas', 'nuestros', 'nuestras', 'de', 'primeros', 'últimos', 'otros', 'otras'],
  notCounted: ['veces', 'partes', 'lados', 'figuras', 'formas', 'maneras', 'cosas', 'décadas'],
  namePrefixes: ['título', 'sección', 'artículo', 'capítulo', 'fracción', 'apartado', 'carretera', 'ruta', 'vuelo', 'fase', 'núm.', 'no.', 'número', 'ley', 'decreto', 'covid', 'g'],
  leftLinks: ['de', 'por', 'alcanzó', 'alcanzaron', 'sumó', 'sumaron', 'ascendió a', 'ascendieron a', 'fue de', 'es de', 'superó', 'superaron', 'en',
    'cayó', 'cayeron', 'creció', 'crecieron', 'aumentó', 'aumentaron', 'bajó', 'bajaron', 'disminuyó', 'disminuyeron', 'subió', 'subieron'],
  clock: ['horas', 'hrs', 'h', 'a.m.', 'p.m.', 'am', 'pm'],
  timeUnits: ['día', 'días', 'semana', 'semanas', 'mes', 'meses', 'año', 'años', 'hora', 'horas', 'década', 'décadas'],
  irregularPlurals: ['gente', 'personal'],
};

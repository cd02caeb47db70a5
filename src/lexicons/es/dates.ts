import type { DateLexicon } from '../date-lexicon.js';

/** Spanish date vocabulary. */
export const dates: DateLexicon = {
  months: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, junio: 6, jun: 6,
    julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sept: 9, sep: 9, octubre: 10, oct: 10,
    noviembre: 11, nov: 11, diciembre: 12, dic: 12,
  },
  weekdays: { domingo: 0, lunes: 1, martes: 2, 'miércoles': 3, miercoles: 3, jueves: 4, viernes: 5, 'sábado': 6, sabado: 6 },
  prepositions: ['en', 'desde', 'hasta', 'durante', 'de', 'del', 'para', 'antes de', 'después de', 'a partir de', 'a finales de', 'a principios de', 'a mediados de', 'finales de', 'principios de', 'mediados de', 'y', 'a', 'entre'],
  past: ['pasado', 'pasada', 'anterior'],
  next: ['próximo', 'próxima', 'proximo', 'proxima', 'que viene', 'entrante'],
  current: ['este', 'esta'],
  units: { 'día': 'day', dia: 'day', 'días': 'day', dias: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month', 'año': 'year', 'años': 'year' },
  counts: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, varios: NaN, varias: NaN, unos: NaN, unas: NaN, algunos: NaN, algunas: NaN },
  // "esta mañana", "anoche"; "mañana" sola es el día siguiente, salvo tras un artículo ("por la mañana": `dayNouns`).
  days: { ayer: -1, anteayer: -2, antier: -2, hoy: 0, 'el día de ayer': -1, 'el día de hoy': 0, 'esta mañana': 0, 'esta tarde': 0, 'esta noche': 0, anoche: -1, 'mañana': 1, 'pasado mañana': 2 },
  future: ['va a', 'van a', 'vamos a', 'próximo', 'próxima', 'próximos', 'próximas', 'previsto', 'prevista', 'planea'],
  futureEnding: '[a-záéíóúñü]+(?:rá|rán|remos|réis)',
  deadlines: ['a más tardar el', 'a más tardar', 'antes del', 'antes de', 'para el', 'hasta el', 'a finales de', 'al cierre de'],
  obligations: ['se comprometió', 'se comprometieron', 'compromiso', 'comprometió', 'acordaron', 'deberá', 'deberán', 'debe', 'deben', 'plazo', 'meta', 'prometió', 'pactaron'],
  anaphoricDays: {
    'al día siguiente': 1, 'el día siguiente': 1, 'al otro día': 1,
    'víspera': -1, 'vispera': -1, 'el día anterior': -1,
    'el mismo día': 0, 'ese mismo día': 0, 'ese día': 0, 'aquel día': 0, 'más temprano': 0, 'mas temprano': 0, 'horas antes': 0, 'horas después': 0, 'horas más tarde': 0,
  },
  later: ['después', 'despues', 'más tarde', 'mas tarde', 'luego'],
  earlier: ['antes', 'atrás', 'atras'],
  // "tres días después de que hablara", "dos semanas antes de la votación".
  clauseLink: '^\\s+del?\\b',
  clauseWords: ['después', 'despues', 'antes', 'víspera', 'vispera', 'siguiente', 'anterior'],
  dayNouns: { 'mañana': ['la', 'esta', 'esa', 'una', 'cada', 'toda', 'media', 'misma', 'aquella', 'por', 'de', 'en'] },
  rangeStarts: ['del', 'desde el', 'entre el', 'de'],
  rangeLinks: ['al', 'hasta el', 'y el', 'a'],
  dayFirst: true,
  publishedLabels: ['fecha', 'fecha de publicación', 'publicado', 'publicado el', 'publicada', 'publicada el', 'publicación'],
  todayWords: ['hoy', 'este', 'esta'],
};

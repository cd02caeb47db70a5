import { words } from '../words.js';

/** Spanish abbreviations that end with a period but not a sentence (lower case, without the period). */
export const abbreviations = words(`
  sr sra srta dr dra lic ing gral gen mtro mtra arq prof profa sto sta av núm no pág págs etc aprox depto cía ene feb
  mar abr may jun jul ago sep sept oct nov dic ee.uu a.m p.m ud uds dña d
`);

/** Words that open a new sentence after a dotted acronym ("… en EE.UU. El martes …"). */
// prettier-ignore
export const sentenceStarters = [
  'el', 'la', 'los', 'las', 'un', 'una', 'esto', 'esta', 'este', 'eso', 'ese', 'esa', 'él', 'ella', 'ellos', 'ellas',
  'pero', 'y', 'en', 'sin', 'con', 'tras', 'además', 'sin embargo', 'mientras', 'cuando', 'su', 'sus', 'nuestro',
  'nuestra',
];

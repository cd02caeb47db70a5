import { words } from '../words.js';

/** English abbreviations that end with a period but not a sentence (lower case, without the period). */
export const abbreviations = words(`
  mr mrs ms dr prof gen sen rep gov lt col capt sgt adm cmdr maj pres amb hon rev st jr sr inc corp co ltd vs no nos
  approx dept est fig vol ed jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
  sun a.m p.m e.g i.e u.s u.k u.n d.c u.s.a
`);

/** Words that open a new sentence after a dotted acronym ("… in the U.S. The next day …"). */
export const sentenceStarters = words(`
  the a an it this that these those he she they we i you but and in on at as for after before while when there his her
  their our its yet however meanwhile
`);

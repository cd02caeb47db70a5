// Weekday names in English and Spanish, Sunday first as Date.getUTCDay counts them.
const NAMES: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'domingo'],
  ['monday', 'mon', 'lunes'],
  ['tuesday', 'tue', 'tues', 'martes'],
  ['wednesday', 'wed', 'miércoles', 'miercoles'],
  ['thursday', 'thu', 'thurs', 'jueves'],
  ['friday', 'fri', 'viernes'],
  ['saturday', 'sat', 'sábado', 'sabado'],
];

/** The weekday (0 = Sunday) a date expression names, e.g. "on Thursday", "el miércoles pasado"; else null. */
export function weekdayNamed(expression: string): number | null {
  const words = expression.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const index = NAMES.findIndex((names) => words.some((word) => names.includes(word)));
  return index >= 0 ? index : null;
}

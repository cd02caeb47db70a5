// Spanish subjects that the commitment and the event lexicons both look for; see `en/subjects.ts`.

/** Plural subjects that stand for both sides of a meeting at once. */
export const bothSides: readonly string[] = [
  'ambos gobiernos',
  'ambos países',
  'ambas partes',
  'ambas naciones',
  'los dos gobiernos',
  'los dos países',
  'las delegaciones',
  'ambas delegaciones',
  'las dos delegaciones',
  'los dos funcionarios',
];

/** Words of a speaker talking for themselves or their side. */
export const firstPerson: readonly string[] = ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'vamos', 'yo'];

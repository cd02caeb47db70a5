/**
 * Spanish words of offices and their English equivalents, so that "la mandataria", "la presidenta"
 * and "President of Mexico" name one office, and "el canciller" the foreign minister. Keys and values
 * are lower case without accents; a value may hold several words.
 */
export const roleEquivalents: Readonly<Record<string, string>> = {
  presidenta: 'president', presidente: 'president', mandataria: 'president', mandatario: 'president', expresidente: 'former president',
  expresidenta: 'former president', canciller: 'foreign minister', excanciller: 'former foreign minister', secretario: 'secretary',
  secretaria: 'secretary', subsecretario: 'undersecretary', subsecretaria: 'undersecretary', embajador: 'ambassador', embajadora: 'ambassador',
  fiscal: 'attorney', gobernador: 'governor', gobernadora: 'governor', senador: 'senator', senadora: 'senator', ministro: 'minister',
  ministra: 'minister', estado: 'state', seguridad: 'security', defensa: 'defense', marina: 'navy', hacienda: 'treasury', exteriores: 'foreign',
  relaciones: 'affairs', proteccion: 'protection', ciudadana: 'citizen', nacional: 'homeland', director: 'director', directora: 'director',
  vocero: 'spokesperson', vocera: 'spokesperson', titular: 'head', jefa: 'head', jefe: 'head', gobierno: 'government', zar: 'czar',
};

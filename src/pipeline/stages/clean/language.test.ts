import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('settles clear English and Spanish by their function words', () => {
    expect(
      detectLanguage(
        'The two governments said on Monday that the group would meet again in the spring to review the progress of the program and the arrests that were made with the help of the United States.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'El gobierno de México y el de Estados Unidos acordaron que los equipos se reunirán en abril para revisar los avances del programa y las detenciones que se hicieron con la ayuda de las agencias.',
      ),
    ).toBe('es');
  });

  it('leaves other languages and short samples to the detector', () => {
    expect(
      detectLanguage(
        'Les deux gouvernements ont annoncé lundi que le groupe se réunira de nouveau au printemps pour examiner les progrès du programme.',
      ),
    ).toBe('fr');
    expect(detectLanguage('Hola')).toBeNull();
  });

  it('does not let a few English words decide a Spanish text', () => {
    expect(
      detectLanguage(
        'La presidenta dijo que «the border is closed» no es una frase que describa la relación entre los dos países, y que el programa de seguridad avanza con resultados en las aduanas y los puertos.',
      ),
    ).toBe('es');
  });
});

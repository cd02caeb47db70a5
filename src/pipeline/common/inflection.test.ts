import { describe, expect, it } from 'vitest';
import { allWordForms, wordForms } from './inflection.js';

/** Lemma → forms that must be among its forms (a sample of each rule, not the whole paradigm). */
const english: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['deny', ['denies', 'denied', 'denying']],
  ['say', ['says', 'said', 'saying']],
  ['announce', ['announces', 'announced', 'announcing']],
  ['commit', ['commits', 'committed', 'committing']],
  ['visit', ['visits', 'visited', 'visiting']],
  ['stop', ['stops', 'stopped', 'stopping']],
  ['seize', ['seizes', 'seized', 'seizing']],
  ['reach', ['reaches', 'reached']],
  ['meet', ['meets', 'met', 'meeting']],
  ['strike', ['strikes', 'struck', 'striking']],
  ['undertake', ['undertook', 'undertaken']],
  ['be', ['is', 'are', 'was', 'were', 'been', 'being']],
  ['tie', ['ties', 'tied', 'tying']],
  ['point out', ['points out', 'pointed out', 'pointing out']],
  ['hand over', ['handed over', 'hands over']],
  ['official', ['officials']],
  ['attorney general', ['attorneys general']],
];

const spanish: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['negar', ['niega', 'negó', 'negaron', 'niegan', 'negará', 'negando', 'negado', 'niegue', 'negué']],
  ['advertir', ['advierte', 'advirtió', 'advirtieron', 'advertirá', 'advirtiendo']],
  ['asegurar', ['aseguró', 'asegura', 'aseguraron', 'asegurará']],
  ['pedir', ['pide', 'pidió', 'pidieron', 'pidiera', 'pidiendo']],
  ['detener', ['detuvo', 'detuvieron', 'detiene', 'detendrá', 'detenidos', 'detenga']],
  ['decir', ['dijo', 'dijeron', 'dice', 'dirá', 'dicho', 'diciendo']],
  ['imponer', ['impuso', 'impondrá', 'impuestos', 'imponga']],
  ['construir', ['construye', 'construyó', 'construyeron', 'construyendo']],
  ['leer', ['leyó', 'leído', 'leyendo']],
  ['conocer', ['conozco', 'conoce', 'conozca']],
  ['proteger', ['protejo', 'protege', 'proteja']],
  ['seguir', ['sigue', 'siguió', 'sigo']],
  ['enviar', ['envía', 'envió', 'envían']],
  ['buscar', ['busqué', 'busque', 'buscó']],
  ['alcanzar', ['alcancé', 'alcance', 'alcanzó']],
  ['reunirse', ['se reunió', 'se reúnen', 'nos reunimos', 'reuniéndose']],
  ['comprometerse a', ['se comprometió a', 'nos comprometemos a', 'se comprometerán a']],
  ['llegar a un acuerdo', ['llegaron a un acuerdo', 'llegó a un acuerdo']],
  ['hacer', ['hizo', 'hará', 'hecho', 'hago']],
  ['ser', ['es', 'fue', 'será', 'sido']],
  ['declaración', ['declaraciones']],
  ['funcionario', ['funcionarios', 'funcionaria', 'funcionarias']],
];

describe('wordForms', () => {
  for (const [lemma, forms] of english)
    it(`makes the English forms of "${lemma}"`, () =>
      expect(wordForms(lemma, 'en')).toEqual(expect.arrayContaining([lemma, ...forms])));
  for (const [lemma, forms] of spanish)
    it(`makes the Spanish forms of "${lemma}"`, () =>
      expect(wordForms(lemma, 'es')).toEqual(expect.arrayContaining([lemma, ...forms])));

  it('does not make forms a rule forbids', () => {
    expect(wordForms('visit', 'en')).not.toContain('visitted');
    expect(wordForms('meet', 'en')).not.toContain('meeted');
    expect(wordForms('negar', 'es')).not.toContain('negé');
    expect(wordForms('cambiar', 'es')).not.toContain('cambía');
  });

  it('gives each form once, lemma first, and the same list every time', () => {
    const forms = wordForms('anunciar', 'es');
    expect(forms[0]).toBe('anunciar');
    expect(new Set(forms).size).toBe(forms.length);
    expect(wordForms('anunciar', 'es')).toBe(forms);
    expect(allWordForms(['deny', 'denounce', 'deny'], 'en').filter((form) => form === 'denied')).toHaveLength(1);
  });
});

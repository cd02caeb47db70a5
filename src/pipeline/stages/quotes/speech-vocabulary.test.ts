import { describe, expect, it } from 'vitest';
import { speechLexicons, type LexiconLanguage } from '../../../lexicons/index.js';
import { wordForms } from '../../common/inflection.js';
import { Cue, speechVocabulary } from './speech-vocabulary.js';

/** The kinds of cue a phrase is found as, alone in a text of its own; 0 when it is found as none. */
function kindsOf(phrase: string): number {
  return (
    speechVocabulary()
      .cues.findAll(`x ${phrase} y`)
      .find((m) => m.phrase === phrase)?.value ?? 0
  );
}

const languages = Object.keys(speechLexicons) as LexiconLanguage[];

describe('speech vocabulary: every lexicon entry fires in its forms', () => {
  for (const language of languages) {
    const lexicon = speechLexicons[language];
    const lists = [
      ['verbLemmas', lexicon.verbLemmas, Cue.verb],
      ['reportVerbs', lexicon.reportVerbs, Cue.verb],
      ['questionVerbs', lexicon.questionVerbs, Cue.verb],
      ['fragmentCues', lexicon.fragmentCues, Cue.fragment],
      ['documentVerbs', lexicon.documentVerbs, Cue.document],
    ] as const;
    for (const [name, lemmas, kind] of lists) {
      it(`${language} ${name}: a past or third-person form of each lemma is a cue of its kind`, () => {
        const silent = lemmas.filter(
          (lemma) => !wordForms(lemma, language).some((form) => form !== lemma && (kindsOf(form) & kind) !== 0),
        );
        expect(silent).toEqual([]);
      });
    }
    it(`${language}: the word forms other stages read (verbs) are all made from the lemmas`, () => {
      expect(lexicon.verbs.filter((form) => (kindsOf(form) & Cue.verb) === 0)).toEqual([]);
    });
  }

  it('makes the forms reporting uses: "denied", "niega", "negaron", "ha dicho", "dieron a conocer"', () => {
    for (const form of [
      'denied',
      'denies',
      'said',
      'pointed out',
      'niega',
      'negó',
      'negaron',
      'dijo',
      'ha dicho',
      'habían advertido',
      'dieron a conocer',
      'se comprometió',
    ]) {
      expect(kindsOf(form), form).not.toBe(0);
    }
    // Gerunds give what follows to the subject; participles alone and noun-like forms are no verb.
    expect(kindsOf('adding') & Cue.participle).not.toBe(0);
    expect(kindsOf('asegurando') & Cue.participle).not.toBe(0);
    for (const form of ['dicho', 'señalado', 'informe', 'anuncio', 'resumen'])
      expect(kindsOf(form) & Cue.verb, form).toBe(0);
  });
});

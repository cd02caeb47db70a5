import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../test/helpers/documents.js';

/** Each quote as [kind, text, how the text names its speaker]. */
const quotesOf = (text: string) => {
  const { document, layers } = analyzeText(`A report on the talks\n\n${text}`, { published: '2025-09-05' });
  return layers.quotes.map((q) => [q.kind, document.text.slice(q.start, q.end), q.speakerMention ? document.text.slice(q.speakerMention.start, q.speakerMention.end) : null]);
};

describe('quotes: direct', () => {
  it('reads curly, straight and angle quotation marks, with the speaker after the quote', () => {
    expect(quotesOf('“We will not accept foreign troops on our soil,” said Ana Ruiz, a professor of law.')).toEqual([
      ['direct', 'We will not accept foreign troops on our soil', 'Ana Ruiz'],
    ]);
    expect(quotesOf('"The numbers are on the table," Secretary Rubio told reporters.')).toEqual([
      ['direct', 'The numbers are on the table', 'Secretary Rubio'],
    ]);
    expect(quotesOf('«Hay cooperación, pero sin subordinación», afirmó la presidenta Claudia Sheinbaum.')).toEqual([
      ['direct', 'Hay cooperación, pero sin subordinación', 'presidenta Claudia Sheinbaum'],
    ]);
  });

  it('splits a quote around its cue and gives both pieces the speaker', () => {
    expect(quotesOf('“We presented concrete proposals,” Omar García Harfuch said. “Now we expect the same urgency on guns.”')).toEqual([
      ['direct', 'We presented concrete proposals', 'Omar García Harfuch'],
      ['direct', 'Now we expect the same urgency on guns.', 'Omar García Harfuch'],
    ]);
  });

  it('takes the speaker from a colon, from "according to", from a pronoun and from the paragraph before', () => {
    expect(quotesOf('Kristi Noem was blunt: “The border is not a sieve and never will be.”')).toEqual([['direct', 'The border is not a sieve and never will be.', 'Kristi Noem']]);
    const pronoun = quotesOf('Ruth Okafor said the seizures were real.\n\n“I tell my students to count cases, not tons,” she added.');
    expect(pronoun.find((q) => q[0] === 'direct')).toEqual(['direct', 'I tell my students to count cases, not tons', 'Ruth Okafor']);
    expect(quotesOf('Laura Méndez explained the plan in these words:\n\n“First the ports, then the crossings, then the money.”')).toEqual([
      ['direct', 'First the ports, then the crossings, then the money.', 'Laura Méndez'],
    ]);
  });

  it('keeps an unnamed speaker as a description', () => {
    expect(quotesOf('“We presented concrete proposals for a framework,” a senior State Department official told reporters.')).toEqual([
      ['direct', 'We presented concrete proposals for a framework', 'a senior State Department official'],
    ]);
  });

  it('runs a quote over two paragraphs when the first is left open and the second reopens it', () => {
    const found = quotesOf('“We have taken the network apart from top to bottom.\n\n“And we are not finished with it,” said Attorney General Pam Bondi.');
    expect(found).toHaveLength(1);
    expect(found[0]![1]).toContain('And we are not finished');
    expect(found[0]![2]).toBe('Attorney General Pam Bondi');
  });

  it('reads Spanish dialogue dashes', () => {
    expect(quotesOf('—Vamos a cumplir cada uno de los compromisos —dijo la presidenta Claudia Sheinbaum.')).toEqual([
      ['direct', 'Vamos a cumplir cada uno de los compromisos', 'presidenta Claudia Sheinbaum'],
    ]);
  });

  it('not-ok: scare quotes, labels, slogans and names in quotation marks are not quotes', () => {
    expect(quotesOf('The formation of an “implementation group” was announced on Friday.')).toEqual([]);
    expect(quotesOf('Washington labeled the cartels “terrorist organizations” in February.')).toEqual([]);
    expect(quotesOf('The old «abrazos, no balazos» approach has been dropped.')).toEqual([]);
    expect(quotesOf('Agents took part in “Operation Northern Shield” last year.')).toEqual([]);
    expect(quotesOf('Both sides described the talks as “respectful dialogue” on Thursday.')).toEqual([]);
  });

  it('takes a short fragment as a quote when the sentence attributes it', () => {
    expect(quotesOf('Trump promised to conduct “the largest deportation operation” in history.')).toEqual([
      ['direct', 'the largest deportation operation', 'Trump'],
    ]);
    expect(quotesOf('Luis Arredondo called the report “a start.”')).toEqual([['direct', 'a start.', 'Luis Arredondo']]);
  });
});

describe('quotes: Spanish attribution', () => {
  it('gives a verb without subject the person the paragraph is about', () => {
    expect(quotesOf('La presidenta Claudia Sheinbaum habló del tema. “Si de allá no llegan las armas, aquí hay menos violencia”, afirmó.')).toContainEqual([
      'direct', 'Si de allá no llegan las armas, aquí hay menos violencia', 'presidenta Claudia Sheinbaum',
    ]);
  });

  it('resolves "the official" to the unnamed official met before, and "el funcionario" to the last person speaking', () => {
    const english = quotesOf('The Justice Department will seek extraditions, a senior Justice Department official said. The official said cooperation had been “prompt and professional.”');
    expect(english.at(-1)).toEqual(['direct', 'prompt and professional.', 'a senior Justice Department official']);
    const spanish = quotesOf('Omar García Harfuch dijo que hubo avances. «Lo que pedimos es sencillo: que cada compromiso tenga una fecha», afirmó el funcionario mexicano.');
    expect(spanish.at(-1)).toEqual(['direct', 'Lo que pedimos es sencillo: que cada compromiso tenga una fecha', 'Omar García Harfuch']);
  });

  it('reads an interview: dashed answers are the interviewee’s, dashed questions are no quotes', () => {
    const found = quotesOf(
      'Laura Méndez Ruiz, subsecretaria para América del Norte, recibió a este diario.\n\n—¿Qué ha cambiado desde septiembre?\n\n—Cambió el método. Ahora tenemos una lista de compromisos con fechas.\n\n—¿Y las armas?\n\n—Es uno de los temas donde más falta por hacer, sin duda alguna.',
    );
    expect(found).toEqual([
      ['direct', 'Cambió el método. Ahora tenemos una lista de compromisos con fechas.', 'Laura Méndez Ruiz'],
      ['direct', 'Es uno de los temas donde más falta por hacer, sin duda alguna.', 'Laura Méndez Ruiz'],
    ]);
  });
});

describe('quotes: indirect', () => {
  it('reads reported speech with its speaker, the sentence as its span', () => {
    expect(quotesOf('Secretary Rubio reportedly outlined a more muscular approach to security cooperation.')).toEqual([
      ['indirect', 'Secretary Rubio reportedly outlined a more muscular approach to security cooperation', 'Secretary Rubio'],
    ]);
    expect(quotesOf('According to Omar García Harfuch, the labs were dismantled in Sinaloa.')).toEqual([
      ['indirect', 'According to Omar García Harfuch, the labs were dismantled in Sinaloa', 'Omar García Harfuch'],
    ]);
    expect(quotesOf('El canciller Juan Ramón de la Fuente afirmó que el grupo se reunirá cada mes.')).toEqual([
      ['indirect', 'El canciller Juan Ramón de la Fuente afirmó que el grupo se reunirá cada mes', 'canciller Juan Ramón de la Fuente'],
    ]);
  });

  it('not-ok: an announcement or a sentence without a speaker is not reported speech', () => {
    expect(quotesOf('The Treasury announced sanctions on six companies in Sinaloa.')).toEqual([]);
    expect(quotesOf('The talks lasted three hours and ended without a statement.')).toEqual([]);
  });
});

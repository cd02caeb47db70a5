/**
 * ok:     "“We will comply,” said Ana Ruiz, a prosecutor." → direct, speaker "Ana Ruiz"
 * not-ok: "The so-called “implementation group” met." → no quote
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, type EntityKind, type Mention, type Message, type Reporter } from '../../../core/index.js';
import { createPipeline } from '../../create-pipeline.js';
import { clean } from '../clean/index.js';
import { sentences } from '../sentences.js';
import { quotes } from './index.js';
import { analyzeText, runText } from '#test/helpers/documents.js';

const upToSentences = createPipeline([clean, sentences]);

/** The quotes stage's input for a text but its mentions: the real clean and sentences layers. */
function inputBeforeMentions(text: string, published?: string) {
  const { document, layers } = runText(upToSentences, text, { published });
  return { document, settings: defaultSettings, clean: layers.clean, sentences: layers.sentences };
}

/**
 * Test input, not behaviour under test: every occurrence of the given phrases as a mention, the
 * longest phrase first. Phrases are people unless given as [phrase, kind]; a phrase that opens with
 * an article ("the Secretary", "la presidenta") is anaphoric, as the mentions stage marks it.
 */
function mentionsFor(text: string, phrases: readonly (string | readonly [string, EntityKind])[]): Mention[] {
  const found: Mention[] = [];
  const sorted = phrases
    .map((p) => (typeof p === 'string' ? ([p, 'person'] as const) : p))
    .sort((a, b) => b[0].length - a[0].length);
  for (const [phrase, kind] of sorted) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (/[\p{L}]/u.test(text[at - 1] ?? ' ') || /[\p{L}]/u.test(text[end] ?? ' ')) continue;
      if (found.some((m) => m.start < end && at < m.end)) continue;
      const anaphoric = /^(?:the|el|la)\s/iu.test(phrase);
      found.push({ start: at, end, kind, name: phrase, role: null, country: null, anaphoric });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Runs the real clean and sentences stages, then the quotes stage over the given mentions. */
function run(body: string, phrases: readonly (string | readonly [string, EntityKind])[] = []) {
  const input = inputBeforeMentions(`A report on the talks\n\n${body}`, '2025-09-05');
  const { text } = input.document;
  const messages: Pick<Message, 'reason' | 'ruleId'>[] = [];
  const report: Reporter = {
    warn: (reason, _place, details) => messages.push({ reason, ruleId: details?.ruleId ?? 'unspecified' }),
    info: (reason, _place, details) => messages.push({ reason, ruleId: details?.ruleId ?? 'unspecified' }),
  };
  const result = quotes.run({ ...input, mentions: mentionsFor(text, phrases) }, report);
  return { text, result, messages };
}

/** Each quote as [kind, text, how the text names its speaker]. */
function quotesOf(body: string, phrases: readonly (string | readonly [string, EntityKind])[] = []) {
  const { text, result } = run(body, phrases);
  return result.map((q) => [q.kind, text.slice(q.start, q.end), q.speakerText]);
}

describe('quotes: the header examples', () => {
  it('ok / not-ok', () => {
    expect(quotesOf('“We will comply,” said Ana Ruiz, a prosecutor.', ['Ana Ruiz'])).toEqual([
      ['direct', 'We will comply', 'Ana Ruiz'],
    ]);
    expect(quotesOf('The so-called “implementation group” met.')).toEqual([]);
  });
});

describe('quotes: quotation marks', () => {
  it('reads curly, straight, angle and single marks; the span is the text inside them', () => {
    expect(
      quotesOf('“We will not accept foreign troops on our soil,” said Ana Ruiz, a professor of law.', ['Ana Ruiz']),
    ).toEqual([['direct', 'We will not accept foreign troops on our soil', 'Ana Ruiz']]);
    expect(quotesOf('"The numbers are on the table," Secretary Rubio told reporters.', ['Secretary Rubio'])).toEqual([
      ['direct', 'The numbers are on the table', 'Secretary Rubio'],
    ]);
    expect(
      quotesOf('«Hay cooperación, pero sin subordinación», afirmó la presidenta Claudia Sheinbaum.', [
        'presidenta Claudia Sheinbaum',
      ]),
    ).toEqual([['direct', 'Hay cooperación, pero sin subordinación', 'presidenta Claudia Sheinbaum']]);
    expect(
      quotesOf('‘We won’t send troops, and we don’t need to,’ Mark Levin, the ambassador’s deputy, said.', [
        'Mark Levin',
      ]),
    ).toEqual([['direct', 'We won’t send troops, and we don’t need to', 'Mark Levin']]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotesOf('Mexico’s navy and the countries’ police forces met in Sinaloa’s capital on Tuesday.')).toEqual([]);
    expect(quotesOf("The agents' reports and Mexico's figures don't agree, officials' notes show.")).toEqual([]);
  });

  it('splits a quote around its cue and gives both pieces the speaker', () => {
    expect(
      quotesOf(
        '“We presented concrete proposals,” Omar García Harfuch said. “Now we expect the same urgency on guns.”',
        ['Omar García Harfuch'],
      ),
    ).toEqual([
      ['direct', 'We presented concrete proposals', 'Omar García Harfuch'],
      ['direct', 'Now we expect the same urgency on guns.', 'Omar García Harfuch'],
    ]);
    expect(
      quotesOf(
        'Laura Méndez spoke after the meeting. “We will comply,” she said, “and we will do it before the summer.”',
        ['Laura Méndez'],
      ),
    ).toEqual([
      ['direct', 'We will comply', 'Laura Méndez'],
      ['direct', 'and we will do it before the summer.', 'Laura Méndez'],
    ]);
  });

  it('keeps a quote over several sentences as one quote', () => {
    expect(
      quotesOf(
        '“The border is closed to weapons. It is open to trade. Nobody should confuse the two,” said Pam Bondi.',
        ['Pam Bondi'],
      ),
    ).toEqual([
      ['direct', 'The border is closed to weapons. It is open to trade. Nobody should confuse the two', 'Pam Bondi'],
    ]);
  });

  it('runs a quote over two paragraphs when the first is left open and the second reopens it: one speaker, a segment per paragraph', () => {
    const found = quotesOf(
      '“We have taken the network apart from top to bottom.\n\n“And we are not finished with it,” said Attorney General Pam Bondi.',
      ['Attorney General Pam Bondi'],
    );
    expect(found).toEqual([
      ['direct', 'We have taken the network apart from top to bottom.', 'Attorney General Pam Bondi'],
      ['direct', 'And we are not finished with it', 'Attorney General Pam Bondi'],
    ]);
  });

  it('ignores quotation marks in the title', () => {
    expect(run('Nothing was said.').result).toEqual([]);
    const input = inputBeforeMentions(
      '“We will not be a piñata,” Sheinbaum says\n\nThe president spoke on Monday in the capital.',
    );
    const mentions = mentionsFor(input.document.text, ['Sheinbaum']);
    expect(quotes.run({ ...input, mentions }, { warn() {}, info() {} })).toEqual([]);
  });
});

describe('quotes: Spanish dialogue dashes', () => {
  it('reads a dash-introduced quote and the narrator’s words after it', () => {
    expect(
      quotesOf('—Vamos a cumplir cada uno de los compromisos —dijo la presidenta Claudia Sheinbaum.', [
        'presidenta Claudia Sheinbaum',
      ]),
    ).toEqual([['direct', 'Vamos a cumplir cada uno de los compromisos', 'presidenta Claudia Sheinbaum']]);
    expect(
      quotesOf('—Vamos a cumplir —dijo la presidenta—. Y lo haremos sin subordinación.', ['la presidenta']),
    ).toEqual([
      ['direct', 'Vamos a cumplir', 'la presidenta'],
      ['direct', 'Y lo haremos sin subordinación.', 'la presidenta'],
    ]);
  });

  it('reads an interview: dashed answers are the interviewee’s, dashed questions are no quotes', () => {
    const found = quotesOf(
      'Laura Méndez Ruiz, subsecretaria para América del Norte, recibió a este diario.\n\n—¿Qué ha cambiado desde septiembre?\n\n—Cambió el método. Ahora tenemos una lista de compromisos con fechas.\n\n—¿Y las armas?\n\n—Es uno de los temas donde más falta por hacer, sin duda alguna.',
      ['Laura Méndez Ruiz'],
    );
    expect(found).toEqual([
      ['direct', 'Cambió el método. Ahora tenemos una lista de compromisos con fechas.', 'Laura Méndez Ruiz'],
      ['direct', 'Es uno de los temas donde más falta por hacer, sin duda alguna.', 'Laura Méndez Ruiz'],
    ]);
  });
});

describe('quotes: speaker', () => {
  it('reads "X said", "said X", "X told reporters", "X added" and "according to X"', () => {
    expect(
      quotesOf('Marco Rubio said: “We recognize that our nations share not just a border.”', ['Marco Rubio']),
    ).toEqual([['direct', 'We recognize that our nations share not just a border.', 'Marco Rubio']]);
    expect(quotesOf('“The cartels are a shared threat to both our peoples,” Rubio added.', ['Rubio'])).toEqual([
      ['direct', 'The cartels are a shared threat to both our peoples', 'Rubio'],
    ]);
    expect(
      quotesOf('According to Omar García Harfuch, “the labs were dismantled one by one in Sinaloa.”', [
        'Omar García Harfuch',
      ]),
    ).toEqual([['direct', 'the labs were dismantled one by one in Sinaloa.', 'Omar García Harfuch']]);
    expect(
      quotesOf('“There is no agreement on troops,” the Mexican Foreign Ministry said in a statement.', [
        ['the Mexican Foreign Ministry', 'organization'],
      ]),
    ).toEqual([['direct', 'There is no agreement on troops', 'the Mexican Foreign Ministry']]);
  });

  it('sees past an apposition or a relative clause between the speaker and the verb', () => {
    expect(
      quotesOf(
        '“Both governments face domestic imperatives,” Vanda Felbab-Brown, a senior fellow at Brookings, told the newspaper.',
        ['Vanda Felbab-Brown'],
      ),
    ).toEqual([['direct', 'Both governments face domestic imperatives', 'Vanda Felbab-Brown']]);
    expect(
      quotesOf(
        'Juan Ramón de la Fuente, who took part in the talks, later told reporters: “We have made it clear that Mexico is already doing its part.”',
        ['Juan Ramón de la Fuente'],
      ),
    ).toEqual([['direct', 'We have made it clear that Mexico is already doing its part.', 'Juan Ramón de la Fuente']]);
  });

  it('keeps an unnamed speaker as a description', () => {
    expect(
      quotesOf('“We presented concrete proposals for a framework,” a senior State Department official told reporters.'),
    ).toEqual([['direct', 'We presented concrete proposals for a framework', 'a senior State Department official']]);
    expect(
      quotesOf(
        'As one Mexican diplomatic source summarized: “The meeting established a foundation for communication.”',
      ),
    ).toEqual([['direct', 'The meeting established a foundation for communication.', 'one Mexican diplomatic source']]);
    expect(quotesOf('«No hubo acuerdo sobre la presencia de tropas», dijo un funcionario de la Cancillería.')).toEqual([
      ['direct', 'No hubo acuerdo sobre la presencia de tropas', 'un funcionario de la Cancillería'],
    ]);
  });

  it('resolves a pronoun to the last person shown speaking or opening a sentence', () => {
    const nextParagraph = quotesOf(
      'Ruth Okafor said the seizures were real.\n\n“I tell my students to count cases, not tons,” she added.',
      ['Ruth Okafor'],
    );
    expect(nextParagraph.find((q) => q[0] === 'direct')).toEqual([
      'direct',
      'I tell my students to count cases, not tons',
      'Ruth Okafor',
    ]);
    expect(
      quotesOf(
        'Trump has pressed Mexico for months. On Monday, Sheinbaum answered him. “We are not anyone’s piñata,” she said.',
        ['Trump', 'Sheinbaum'],
      ),
    ).toEqual([['direct', 'We are not anyone’s piñata', 'Sheinbaum']]);
  });

  it('takes the speaker named in the sentence before the quote', () => {
    expect(quotesOf('Kristi Noem was blunt: “The border is not a sieve and never will be.”', ['Kristi Noem'])).toEqual([
      ['direct', 'The border is not a sieve and never will be.', 'Kristi Noem'],
    ]);
    expect(
      quotesOf(
        'Laura Méndez explained the plan in these words:\n\n“First the ports, then the crossings, then the money.”',
        ['Laura Méndez'],
      ),
    ).toEqual([['direct', 'First the ports, then the crossings, then the money.', 'Laura Méndez']]);
    expect(
      quotesOf(
        'Carlos Heredia put it this way. “The history between our nations carries deep partnership and painful chapters.”',
        ['Carlos Heredia'],
      ),
    ).toEqual([
      ['direct', 'The history between our nations carries deep partnership and painful chapters.', 'Carlos Heredia'],
    ]);
  });

  it('gives a Spanish verb without subject the person the paragraph is about', () => {
    expect(
      quotesOf(
        'La presidenta Claudia Sheinbaum habló del tema. “Si de allá no llegan las armas, aquí hay menos violencia”, afirmó.',
        ['presidenta Claudia Sheinbaum'],
      ),
    ).toEqual([['direct', 'Si de allá no llegan las armas, aquí hay menos violencia', 'presidenta Claudia Sheinbaum']]);
  });

  it('resolves "the official" to the unnamed official met before, and "el funcionario" to the last person speaking', () => {
    const english = quotesOf(
      'The Justice Department will seek extraditions, a senior Justice Department official said. The official said cooperation had been “prompt and professional.”',
    );
    // The quoted words finish the writer's paraphrase: one reported quote carrying them.
    expect(english.at(-1)).toEqual([
      'indirect',
      'The official said cooperation had been “prompt and professional.”',
      'a senior Justice Department official',
    ]);
    const spanish = quotesOf(
      'Omar García Harfuch dijo que hubo avances. «Lo que pedimos es sencillo: que cada compromiso tenga una fecha», afirmó el funcionario mexicano.',
      ['Omar García Harfuch'],
    );
    expect(spanish.at(-1)).toEqual([
      'direct',
      'Lo que pedimos es sencillo: que cada compromiso tenga una fecha',
      'Omar García Harfuch',
    ]);
  });

  it('gives a verb without subject the unnamed official who opened the sentence before', () => {
    const found = quotesOf(
      'García Harfuch habló primero. Un alto funcionario del Departamento de Estado, que habló bajo condición de anonimato, señaló que hubo avances. “Hace un año esta conversación habría sido imposible”, dijo.',
      ['García Harfuch'],
    );
    expect(found.find((q) => q[0] === 'direct')).toEqual([
      'direct',
      'Hace un año esta conversación habría sido imposible',
      'Un alto funcionario del Departamento de Estado',
    ]);
  });

  it('keeps a fragment woven into a paraphrase inside the reported speech, not as a quote of its own', () => {
    expect(
      quotesOf(
        'The unit’s head, Pablo Medrano, told reporters the action had been coordinated with Washington “step by step” under the program.',
        ['Pablo Medrano'],
      ),
    ).toEqual([
      [
        'indirect',
        'The unit’s head, Pablo Medrano, told reporters the action had been coordinated with Washington “step by step” under the program',
        'Pablo Medrano',
      ],
    ]);
    expect(
      quotesOf('La fiscal Ana Ruiz afirmó que los informes “son parte de una campaña contra el gobierno”.', [
        'fiscal Ana Ruiz',
      ]),
    ).toEqual([
      [
        'indirect',
        'La fiscal Ana Ruiz afirmó que los informes “son parte de una campaña contra el gobierno”',
        'fiscal Ana Ruiz',
      ],
    ]);
  });

  it('takes words quoted right after the verb, "that" or a participle as a quote', () => {
    expect(
      quotesOf('The candidate kept new measures on the table, stating “every option remains open to us.”', [
        'The candidate',
      ]).filter((q) => q[0] === 'direct'),
    ).toEqual([['direct', 'every option remains open to us.', 'The candidate']]);
    expect(
      quotesOf('El Tesoro subrayó que seguirá el caso y que “revisará cada prórroga con cuidado antes de decidir”.', [
        ['El Tesoro', 'organization'],
      ]).filter((q) => q[0] === 'direct'),
    ).toEqual([['direct', 'revisará cada prórroga con cuidado antes de decidir', 'El Tesoro']]);
  });

  it('reports a quote without a speaker', () => {
    const { result, messages } = run(
      'Nobody signed the statement. “We will be back next month with more agents and better equipment.”',
    );
    expect(result).toHaveLength(1);
    expect(result[0]!.speakerMention).toBeNull();
    expect(messages.map((m) => m.ruleId)).toEqual(['speaker-unresolved']);
  });

  it('points speakerMention at the mention itself', () => {
    const { text, result } = run('“The numbers are on the table,” Secretary Rubio told reporters.', [
      'Secretary Rubio',
    ]);
    expect(result[0]!.speakerMention).toEqual({
      start: text.indexOf('Secretary Rubio'),
      end: text.indexOf('Secretary Rubio') + 'Secretary Rubio'.length,
    });
  });
});

describe('quotes: short fragments', () => {
  it('takes a short fragment as a quote when its sentence attributes it', () => {
    expect(
      quotesOf('Trump repeatedly promised to conduct “the largest domestic deportation operation” in history.', [
        'Trump',
      ]),
    ).toEqual([['direct', 'the largest domestic deportation operation', 'Trump']]);
    expect(quotesOf('Luis Arredondo called the report “a start.”', ['Luis Arredondo'])).toEqual([
      ['direct', 'a start.', 'Luis Arredondo'],
    ]);
    expect(quotesOf('Sheinbaum prometió «cero impunidad» para los responsables.', ['Sheinbaum'])).toEqual([
      ['direct', 'cero impunidad', 'Sheinbaum'],
    ]);
  });

  it('negative cases: scare quotes, labels, slogans, names and titles in quotation marks', () => {
    const negatives = [
      'The formation of an “implementation group” was announced on Friday.',
      'The cartels, which are now labeled “terrorist organizations”, must be fought as such.',
      'Washington labeled the cartels “terrorist organizations” in February.',
      'The old «abrazos, no balazos» approach has been dropped.',
      'La estrategia de “abrazos, no balazos” quedó atrás.',
      'Agents took part in “Operation Frontera Norte” last year.',
      'Both sides described the talks as “respectful dialogue” on Thursday.',
      'The Mexican response, characterized as “receptive but cautious” by people familiar with the talks, surprised no one.',
      'The so-called "fentanyl corridor" runs through Sonora.',
      'He has read “One Hundred Years of Solitude” twice.',
      'El llamado “Grupo de Implementación” se reunió en Washington.',
      'Los agentes coordinan “paso a paso” las operaciones conjuntas en la frontera.',
      // A document's wording woven into the writer's sentence is not a person's quote.
      'This was reflected in the joint statement, which emphasized commitments to “preserve and strengthen the integrated North American economic platform.”',
    ];
    for (const sentence of negatives) expect(quotesOf(sentence, ['Sheinbaum']), sentence).toEqual([]);
  });
});

describe('quotes: indirect', () => {
  it('reads reported speech with its speaker, the sentence without its final stop as its span', () => {
    expect(
      quotesOf('Secretary Rubio reportedly outlined a more muscular approach to security cooperation.', [
        'Secretary Rubio',
      ]),
    ).toEqual([
      [
        'indirect',
        'Secretary Rubio reportedly outlined a more muscular approach to security cooperation',
        'Secretary Rubio',
      ],
    ]);
    expect(
      quotesOf('Rubio hailed Mexico’s collaboration with its northern neighbor and the achievements so far.', [
        'Rubio',
      ]),
    ).toEqual([
      [
        'indirect',
        'Rubio hailed Mexico’s collaboration with its northern neighbor and the achievements so far',
        'Rubio',
      ],
    ]);
    expect(
      quotesOf('Sheinbaum told reporters the talks had gone well and a second round would follow.', ['Sheinbaum']),
    ).toEqual([
      ['indirect', 'Sheinbaum told reporters the talks had gone well and a second round would follow', 'Sheinbaum'],
    ]);
    expect(
      quotesOf('According to Omar García Harfuch, the labs were dismantled in Sinaloa.', ['Omar García Harfuch']),
    ).toEqual([
      ['indirect', 'According to Omar García Harfuch, the labs were dismantled in Sinaloa', 'Omar García Harfuch'],
    ]);
    expect(
      quotesOf('The extraditions will continue through the winter, a senior Justice Department official said.'),
    ).toEqual([
      [
        'indirect',
        'The extraditions will continue through the winter, a senior Justice Department official said',
        'a senior Justice Department official',
      ],
    ]);
  });

  it('reads Spanish reported speech: "X afirmó que …", "según X, …"', () => {
    expect(
      quotesOf('El canciller Juan Ramón de la Fuente afirmó que el grupo se reunirá cada mes.', [
        'canciller Juan Ramón de la Fuente',
      ]),
    ).toEqual([
      [
        'indirect',
        'El canciller Juan Ramón de la Fuente afirmó que el grupo se reunirá cada mes',
        'canciller Juan Ramón de la Fuente',
      ],
    ]);
    expect(
      quotesOf('Según Omar García Harfuch, los laboratorios fueron desmantelados en Sinaloa.', ['Omar García Harfuch']),
    ).toEqual([
      [
        'indirect',
        'Según Omar García Harfuch, los laboratorios fueron desmantelados en Sinaloa',
        'Omar García Harfuch',
      ],
    ]);
    expect(
      quotesOf('Un funcionario de la Cancillería dijo que no habrá tropas extranjeras.', [
        ['Cancillería', 'organization'],
      ]),
    ).toEqual([
      [
        'indirect',
        'Un funcionario de la Cancillería dijo que no habrá tropas extranjeras',
        'Un funcionario de la Cancillería',
      ],
    ]);
  });

  it('gives a sentence with a direct quote no indirect quote as well', () => {
    expect(
      quotesOf('Sheinbaum said on Monday: “We will not accept any intervention in our territory.”', ['Sheinbaum']).map(
        (q) => q[0],
      ),
    ).toEqual(['direct']);
  });

  it('negative cases: announcements, things that "claim" lives, sentences without a speaker', () => {
    expect(
      quotesOf('The Treasury announced sanctions on six companies in Sinaloa.', [['The Treasury', 'organization']]),
    ).toEqual([]);
    expect(quotesOf('The talks lasted three hours and ended without a statement.')).toEqual([]);
    expect(
      quotesOf(
        'The fentanyl crisis in the United States, which claimed nearly 75,000 lives last year, has raised pressure.',
        [['United States', 'country']],
      ),
    ).toEqual([]);
  });
});

describe('quotes: indirect, subjects that are not people', () => {
  it('reads groups and institutions as speakers: "Mexican authorities say", "Las autoridades estiman", "The Mexican delegation stressed"', () => {
    // A country's authorities, with nothing but the country beside them, speak as its government.
    expect(quotesOf('Mexican authorities say they have seized more than 1,500 kilograms of fentanyl.')).toEqual([
      [
        'indirect',
        'Mexican authorities say they have seized more than 1,500 kilograms of fentanyl',
        'Government of Mexico',
      ],
    ]);
    expect(
      quotesOf(
        'Un almacén con 800 litros de precursores fue clausurado en Mexicali, informaron las autoridades mexicanas el martes 3 de marzo.',
      ),
    ).toEqual([
      [
        'indirect',
        'Un almacén con 800 litros de precursores fue clausurado en Mexicali, informaron las autoridades mexicanas el martes 3 de marzo',
        'Government of Mexico',
      ],
    ]);
    // Impersonal, with the channel the report came through before it: the channel speaks.
    expect(
      quotesOf(
        'A través de la Comisión Nacional Bancaria (CNBV, por sus siglas), se informó que los bancos tendrán 30 días más para cumplir.',
        [['Comisión Nacional Bancaria', 'organization']],
      ).map(([kind, , speaker]) => [kind, speaker]),
    ).toEqual([['indirect', 'Comisión Nacional Bancaria']]);
    expect(
      quotesOf(
        'La diputada citó un informe reciente de la Auditoría Superior en el que se señala que el programa perdió 40 millones de pesos.',
        [['Auditoría Superior', 'organization']],
      ).map(([kind, , speaker]) => [kind, speaker]),
    ).toEqual([['indirect', 'Auditoría Superior']]);
    // The date after the speaker may carry its year.
    expect(
      quotesOf(
        'Una bodega con 90 bidones de gasolina fue asegurada en Reynosa, informaron las autoridades mexicanas el jueves 5 de marzo de 2026.',
      ).map(([, , speaker]) => speaker),
    ).toEqual(['Government of Mexico']);
    expect(
      quotesOf(
        'A warehouse with 90 drums of fuel was sealed in Reynosa, Mexican authorities said on March 5, 2026.',
      ).map(([, , speaker]) => speaker),
    ).toEqual(['Government of Mexico']);
    expect(
      quotesOf('El gobierno de Estados Unidos afirmó que la revisión de los envíos seguirá en abril.')[0]?.[2],
    ).toBe('Government of the United States');
    expect(quotesOf("Mexico's naval authorities said the vessel carried 300 kilos.")[0]?.[2]).not.toMatch(
      /^Government/u,
    );
    expect(quotesOf('Analysts caution that larger seizures can reflect larger shipments.')).toEqual([
      ['indirect', 'Analysts caution that larger seizures can reflect larger shipments', 'Analysts'],
    ]);
    expect(
      quotesOf('The Mexican delegation stressed that the flow of weapons remains the main driver of violence.')[0]?.[2],
    ).toBe('The Mexican delegation');
    expect(quotesOf('Las autoridades estiman que el valor de la droga supera los 15 millones de dólares.')).toEqual([
      [
        'indirect',
        'Las autoridades estiman que el valor de la droga supera los 15 millones de dólares',
        'Las autoridades',
      ],
    ]);
  });

  it('lets a group speak through the one it names: "Critics …, including X, say"', () => {
    expect(
      quotesOf(
        'Critics of the approach, including the research group Centro de Estudios, say designations rarely lead to convictions.',
        [['Centro de Estudios', 'organization']],
      )[0]?.[2],
    ).toBe('Centro de Estudios');
  });

  it('reads documents as sources, with their author when named', () => {
    expect(
      quotesOf('According to the indictments, the network smuggled 1.2 million pills into the United States.')[0]?.[2],
    ).toBe('the indictments');
    expect(quotesOf('Seizures rose by 22% in 2025, according to figures the Navy has published.')[0]?.[2]).toBe(
      'the Navy',
    );
    expect(
      quotesOf(
        'De acuerdo con cifras de la Secretaría de la Defensa Nacional, el 70 por ciento de las armas vino del norte.',
        [['Secretaría de la Defensa Nacional', 'organization']],
      )[0]?.[2],
    ).toBe('Secretaría de la Defensa Nacional');
    expect(
      quotesOf('Datos de la Agencia Portuaria muestran que las inspecciones aumentaron 12 por ciento.')[0]?.[2],
    ).toBe('la Agencia Portuaria');
    expect(
      quotesOf('En el interior se encontraron 1.250 kilos de mariguana, según el reporte preliminar.')[0]?.[2],
    ).toBe('el reporte');
    expect(
      quotesOf(
        'According to the Centers for Disease Control and Prevention, overdose deaths fell by 27 percent.',
      )[0]?.[2],
    ).toBe('the Centers for Disease Control and Prevention');
  });

  it('negative cases: a source phrase without a source, agreement, people who "show", framing without a speaker', () => {
    expect(quotesOf('The deployment went ahead according to plan and ended on Friday.')).toEqual([]);
    expect(
      quotesOf('México está de acuerdo con Estados Unidos en la necesidad de frenar el tráfico de armas.', [
        ['México', 'country'],
        ['Estados Unidos', 'country'],
      ]),
    ).toEqual([]);
    expect(quotesOf('Sheinbaum shows that the government has a plan for the border.', ['Sheinbaum'])).toEqual([]);
    expect(quotesOf('Critics say the drop owes more to changes in the drug supply than to policy.')).toEqual([]);
    expect(
      quotesOf('The United States pledged to give Mexican prosecutors access to ballistic records.', [
        ['United States', 'country'],
      ]),
    ).toEqual([]);
  });
});

describe('quotes: indirect, verbs and clauses', () => {
  it('sees past auxiliaries and a place or office after the name: "has repeatedly said", "X of Texas noted"', () => {
    expect(
      quotesOf('President Donald Trump has repeatedly said that the cartels run large parts of Mexico.', [
        'President Donald Trump',
      ])[0]?.[2],
    ).toBe('President Donald Trump');
    expect(
      quotesOf('Rep. Luis Arredondo of Texas noted that Mexico had asked for more inspections.', [
        'Rep. Luis Arredondo',
      ])[0]?.[2],
    ).toBe('Rep. Luis Arredondo');
  });

  it('reads an office named by its role and the body it serves: "the United States Attorney for the Northern District said"', () => {
    const speakerOf = (body: string) => analyzeText(`A report on the cases\n\n${body}`).layers.quotes[0]?.speakerText;
    expect(
      speakerOf(
        'The United States Attorney for the Northern District said that four of the cases began with one wiretap.',
      ),
    ).toBe('The United States Attorney for the Northern District');
    expect(speakerOf('El fiscal general de Sonora dijo que la investigación sobre el túnel sigue abierta.')).toBe(
      'El fiscal general de Sonora',
    );
  });

  it('gives a verb without its subject ("Además, subrayó que …") to the organisation last shown speaking, when it is later than any person', () => {
    const speakerOf = (body: string) =>
      analyzeText(`Nota sobre las sanciones\n\n${body}`).layers.quotes.at(-1)?.speakerText;
    const organisation =
      'Claudia Sheinbaum habló el lunes de los bancos. El viernes, el Departamento del Tesoro publicó su decisión sobre las multas. Además, subrayó que revisará el caso cada mes.';
    expect(speakerOf(organisation)).toBe('Departamento del Tesoro');
    const person =
      'El Departamento del Tesoro publicó el viernes su decisión. Claudia Sheinbaum habló el lunes de los bancos. Además, subrayó que su gobierno revisará el caso cada mes.';
    expect(speakerOf(person)).toBe('Claudia Sheinbaum');
  });

  it('reads "informó que" and a closing "…, informó X", but not "informó la detención"', () => {
    expect(
      quotesOf('El Departamento de Justicia informó que el acusado podría enfrentar cadena perpetua.', [
        ['Departamento de Justicia', 'organization'],
      ])[0]?.[2],
    ).toBe('Departamento de Justicia');
    expect(
      quotesOf(
        'El túnel contaba con rieles y ventilación, informó la Secretaría de la Defensa Nacional en un comunicado.',
        [['Secretaría de la Defensa Nacional', 'organization']],
      )[0]?.[2],
    ).toBe('Secretaría de la Defensa Nacional');
    expect(
      quotesOf('La Fiscalía informó la detención de cuatro personas en Sinaloa.', [['Fiscalía', 'organization']]),
    ).toEqual([]);
    expect(
      quotesOf('Elementos de la Guardia Nacional aseguraron 300 kilos de fentanilo en Culiacán.', [
        ['Guardia Nacional', 'organization'],
      ]),
    ).toEqual([]);
  });

  it('reads a reported question, not a request: "asked how many …" but not "asked Congress to …"', () => {
    expect(
      quotesOf('Arredondo asked how many vehicles heading into Mexico had been checked.', ['Arredondo'])[0]?.[2],
    ).toBe('Arredondo');
    expect(quotesOf('Noem asked lawmakers to approve more money for the border.', ['Noem'])).toEqual([]);
    expect(quotesOf('Asked what she would watch in the coming months, Ruiz named two things.', ['Ruiz'])[0]?.[2]).toBe(
      'Ruiz',
    );
  });

  it('gives each coordinated report its own quote and speaker', () => {
    expect(
      quotesOf(
        'Ruiz is not impressed. Mexico says it has dismantled 1,900 laboratories, but she argues that most of them were small.',
        ['Ruiz', ['Mexico', 'country']],
      ),
    ).toEqual([
      ['indirect', 'Mexico says it has dismantled 1,900 laboratories', 'Mexico'],
      ['indirect', 'she argues that most of them were small', 'Ruiz'],
    ]);
    expect(
      quotesOf(
        'La presidenta Sheinbaum recordó que el grupo se reunirá cada mes, y afirmó que la primera sesión sirvió para fijar prioridades.',
        ['presidenta Sheinbaum'],
      ).map((q) => q[2]),
    ).toEqual(['presidenta Sheinbaum', 'presidenta Sheinbaum']);
    // One verb with two complements is one report.
    expect(
      quotesOf(
        'García Harfuch señaló que la coordinación se limita al intercambio de información y que ningún agente extranjero participa.',
        ['García Harfuch'],
      ),
    ).toHaveLength(1);
  });

  it('gives a coordinated verb, a participle and a verb without subject the sentence’s or paragraph’s speaker', () => {
    expect(
      quotesOf(
        'Ambassador Ronald Johnson congratulated the Navy and said the embassy would continue to support the effort.',
        ['Ambassador Ronald Johnson'],
      )[0]?.[2],
    ).toBe('Ambassador Ronald Johnson');
    expect(
      quotesOf(
        'Noem spoke first. She then went further, pledging that her department would deliver a full report by April.',
        ['Noem'],
      )[0]?.[2],
    ).toBe('Noem');
    expect(
      quotesOf('Sheinbaum habló de aranceles. Dijo que México no aceptará que el tema se use para imponer aranceles.', [
        'Sheinbaum',
      ])[0]?.[2],
    ).toBe('Sheinbaum');
    expect(
      quotesOf('Ruiz is not impressed. She pointed to the sanctions in November as the kind of measure that matters.', [
        'Ruiz',
      ])[0]?.[2],
    ).toBe('Ruiz');
  });

  it('reads opinion frames: "A su juicio, …", "Para la organización civil X, …", but not "Para México, …"', () => {
    expect(
      quotesOf('Cárdenas habló del grupo. A su juicio, el grupo debería publicar cada trimestre sus resultados.', [
        'Cárdenas',
      ])[0]?.[2],
    ).toBe('Cárdenas');
    expect(
      quotesOf(
        'Para la organización civil Observatorio Ciudadano del Pacífico, los decomisos deben ir acompañados de investigaciones.',
      )[0]?.[2],
    ).toBe('Observatorio Ciudadano del Pacífico');
    expect(
      quotesOf('Para México, la pregunta es si Washington está dispuesto a actuar.', [
        ['México', 'country'],
        ['Washington', 'place'],
      ]),
    ).toEqual([]);
  });
});

describe('quotes: with the real pipeline', () => {
  it('finds the quotes of a short story end to end, sorted', () => {
    const { document, layers } = analyzeText(
      'A report on the talks\n\n“We will not accept foreign troops on our soil,” said Ana Ruiz, a professor of law. The so-called “implementation group” met on Friday.\n\nSecretary of State Marco Rubio said the talks had been productive and would continue.',
      { published: '2025-09-05' },
    );
    expect(layers.quotes.map((q) => document.text.slice(q.start, q.end))).toEqual([
      'We will not accept foreign troops on our soil',
      'Secretary of State Marco Rubio said the talks had been productive and would continue',
    ]);
  });
});

describe('quotes: speakers agree in gender and number', () => {
  it('gives "she" to the woman, not to the man named last', () => {
    const body =
      'Laura Méndez, the senator, spoke first. Then Robert Gómez described the plan.\n\n“We will not wait for another summit,” she said.';
    expect(quotesOf(body, ['Laura Méndez', 'Robert Gómez'])).toEqual([
      ['direct', 'We will not wait for another summit', 'Laura Méndez'],
    ]);
  });

  it('gives a Spanish role noun to the person of its gender who holds that office', () => {
    const body =
      'La presidenta Carla Ruiz habló por teléfono con el presidente Juan Ortega.\n\n“Acordamos seguir trabajando juntos en la frontera”, dijo la mandataria.';
    expect(quotesOf(body, ['presidenta Carla Ruiz', 'presidente Juan Ortega', 'la mandataria'])).toEqual([
      ['direct', 'Acordamos seguir trabajando juntos en la frontera', 'presidenta Carla Ruiz'],
    ]);
  });

  it('keeps "they" an unnamed group rather than the last person named', () => {
    const body =
      'Agents arrested twelve people on Friday, said Tom Barker, a spokesman. The agents did not release names because they said the investigation is still open.';
    const found = quotesOf(body, ['Tom Barker']);
    expect(found.at(-1)).toEqual([
      'indirect',
      'The agents did not release names because they said the investigation is still open',
      'they',
    ]);
  });
});

describe('quotes: speech without quotation marks', () => {
  it('reads a transcript turn, its label naming the speaker', () => {
    const found = quotesOf(
      'MODERATOR: Good morning and welcome to this briefing on the border.\n\nSECRETARY LANE: Thank you. We have made real progress on the border this month.',
    );
    expect(found).toEqual([
      ['direct', 'Good morning and welcome to this briefing on the border.', 'MODERATOR'],
      ['direct', 'Thank you. We have made real progress on the border this month.', 'SECRETARY LANE'],
    ]);
  });

  it('reads a statement set out after an attribution that ends in a colon', () => {
    const found = quotesOf(
      'As stated by Spokesperson Ana Ruiz:\nThe two governments agreed to meet again next month to review the results.',
      ['Spokesperson Ana Ruiz'],
    );
    expect(found).toEqual([
      ['direct', 'The two governments agreed to meet again next month to review the results.', 'Spokesperson Ana Ruiz'],
    ]);
  });

  it('does not take a heading with a colon, or a line after a plain colon, for speech', () => {
    expect(quotesOf('MIRA AQUÍ: las claves del acuerdo de seguridad entre ambos países')).toEqual([]);
    expect(
      quotesOf('The plan has three parts:\nmore inspections at the ports of entry and joint patrols along the river.'),
    ).toEqual([]);
  });
});

describe('quotes: real reporting', () => {
  it('gives a joint statement to both governments once both sides are named', () => {
    const body = [
      'Mexican Foreign Minister Ana Ruiz and U.S. Secretary John Doe spoke by phone on Monday.',
      '',
      'Both ministers noted that the exchange of customs data had improved this year. They also agreed that the working group must meet again in March.',
    ].join('\n');
    const speakers = quotesOfWithCountries(body, [
      ['Ana Ruiz', 'MEX'],
      ['John Doe', 'USA'],
    ]).map((q) => q[2]);
    expect(speakers).toEqual([
      'Governments of Mexico and the United States',
      'Governments of Mexico and the United States',
    ]);
  });

  it('keeps a group of one side as it is', () => {
    const speakers = quotesOfWithCountries(
      'Ana Ruiz met prosecutors in Tijuana on Monday. Both prosecutors said that the case would go to trial in May.',
      [['Ana Ruiz', 'MEX']],
    ).map((q) => q[2]);
    expect(speakers).toEqual(['Both prosecutors']);
  });

  it("reads a fragment woven into the writer's sentence as a paraphrase, and the sentence as reported speech", () => {
    expect(
      quotesOf('According to Ana Ruiz, the new checkpoints “are working better than anyone expected this spring.”', [
        'Ana Ruiz',
      ]),
    ).toEqual([
      [
        'indirect',
        'According to Ana Ruiz, the new checkpoints “are working better than anyone expected this spring.”',
        'Ana Ruiz',
      ],
    ]);
    // Right after the verb and its object, the quoted words are the speaker's own.
    expect(
      quotesOf('Ana Ruiz told reporters “the checks will continue” at every crossing.', ['Ana Ruiz']),
    ).toContainEqual(['direct', 'the checks will continue', 'Ana Ruiz']);
  });

  it('reads the words before a direct quote as reported speech when they report on their own', () => {
    expect(
      quotesOf(
        'Ruiz aseguró que la revisión de los envíos seguirá durante todo el año: “No vamos a bajar la guardia”.',
        ['Ruiz'],
      ),
    ).toEqual([
      ['indirect', 'Ruiz aseguró que la revisión de los envíos seguirá durante todo el año', 'Ruiz'],
      ['direct', 'No vamos a bajar la guardia', 'Ruiz'],
    ]);
  });

  it('finds the speaker across a time, and a publication met again by the organisation that put it out', () => {
    expect(quotesOf('Ana Ruiz last March told them “look after your own ports.”', ['Ana Ruiz'])).toContainEqual([
      'direct',
      'look after your own ports.',
      'Ana Ruiz',
    ]);
    const body =
      'La Fiscalía Regional informó que dos hombres fueron entregados en Tijuana. Según el informe, ambos tenían órdenes de captura vigentes desde 2024.';
    expect(quotesOf(body, [['Fiscalía Regional', 'organization']]).map((q) => q[2])).toEqual([
      'Fiscalía Regional',
      'Fiscalía Regional',
    ]);
  });

  it('takes a subject that opens its sentence after a dateline as the author of a publication met later', () => {
    const datelined = (dateline: string) =>
      `${dateline} The Port Authority fined two shipping firms on Tuesday for false cargo papers. According to their statement, both firms had moved undeclared fuel for a year.`;
    for (const dateline of ['Veracruz.-', 'VERACRUZ, Mexico (Wire) —', 'Port of Veracruz –', 'Boca del Río.-'])
      expect(quotesOf(datelined(dateline), [['Port Authority', 'organization']]).map((q) => q[2])).toEqual([
        'Port Authority',
      ]);
    // Without a dateline's dash, words before the subject are more than its lead.
    expect(
      quotesOf(datelined('Veracruz officials and the'), [['Port Authority', 'organization']]).map((q) => q[2]),
    ).toEqual(['their statement']);
  });
});

/** As `quotesOf`, with the country each named person belongs to. */
function quotesOfWithCountries(body: string, people: ReadonlyArray<readonly [string, string]>) {
  const input = inputBeforeMentions(`A report on the talks\n\n${body}`, '2025-09-05');
  const { text } = input.document;
  const mentions = mentionsFor(
    text,
    people.map(([name]) => name),
  ).map((m) => ({ ...m, country: people.find(([name]) => name === m.name)?.[1] ?? null }));
  const report: Reporter = { warn: () => undefined, info: () => undefined };
  const result = quotes.run({ ...input, mentions }, report);
  return result.map((q) => [q.kind, text.slice(q.start, q.end), q.speakerText]);
}

describe('quotes: a second report after a preposition and an infinitive', () => {
  it('gives what follows "tras subrayar que", "al señalar que" to the sentence’s speaker', () => {
    const quotes = quotesOf(
      'La canciller Alicia Bárcena aseguró que las cifras son parciales, pero evitó polemizar tras subrayar que el diálogo seguirá abierto.',
      ['La canciller Alicia Bárcena'],
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toEqual(['indirect', 'que el diálogo seguirá abierto', 'La canciller Alicia Bárcena']);
  });

  it('leaves an infinitive after a preposition without a clause alone', () => {
    expect(
      quotesOf('La canciller Alicia Bárcena aseguró que las cifras son parciales tras señalar el problema.', [
        'La canciller Alicia Bárcena',
      ]),
    ).toHaveLength(1);
  });
});

describe('quotes: a report inside a relative clause', () => {
  it('is its own report, of what follows the verb: "the rifles that agents say they seized", "…, a plan she said he had turned down"', () => {
    expect(
      quotesOf(
        'At a briefing the agency showed the rifles that border agents say they seized in Laredo before they crossed the border.',
      ),
    ).toEqual([['indirect', 'they seized in Laredo before they crossed the border', 'border agents']]);
    expect(
      quotesOf(
        'Ana Ruiz said the plan was sound but added she was pressing Tom Keller to send more inspectors, an offer she said he has twice declined.',
        ['Ana Ruiz', 'Tom Keller'],
      ),
    ).toEqual([
      ['indirect', 'Ana Ruiz said the plan was sound', 'Ana Ruiz'],
      ['indirect', 'added she was pressing Tom Keller to send more inspectors', 'Ana Ruiz'],
      ['indirect', 'he has twice declined', 'Ana Ruiz'],
    ]);
  });

  it('leaves a subject after a comma alone: "Two years ago, a congressional report estimated that …"', () => {
    expect(
      quotesOf(
        'Two years ago, a congressional research report estimated that the networks move $12 billion a year.',
      ).map(([kind, quote]) => [kind, quote]),
    ).toEqual([
      [
        'indirect',
        'Two years ago, a congressional research report estimated that the networks move $12 billion a year',
      ],
    ]);
  });

  it('leaves a report within a report whole: "said that officials said"', () => {
    expect(
      quotesOf('Ana Ruiz said that officials said the crossing would reopen on Monday.', ['Ana Ruiz']).map(
        ([kind, quote, speaker]) => [kind, quote, speaker],
      ),
    ).toEqual([['indirect', 'Ana Ruiz said that officials said the crossing would reopen on Monday', 'Ana Ruiz']]);
  });
});

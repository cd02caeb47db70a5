/**
 * Commitments as monitors read them: pledges, negative and conditional pledges, agreements told in
 * the past, aims, directives and lists; and what reads like a promise but is not one.
 *
 * ok:     "If the Senate confirms her, Ana Ruiz will visit every border crossing within a month." → kept, with its condition
 * not-ok: "During the campaign, Donald Trump promised to close the border." → nothing
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#test/helpers/documents.js';

/** Each commitment of a text as its parties' words, its cue, its action and its condition. */
function commitmentsOf(text: string) {
  const { layers } = analyzeText(text, { published: '2026-02-25' });
  return layers.commitments.map((c) => ({
    parties: c.partySpans.map((s) => text.slice(s.start, s.end)),
    cue: text.slice(c.cue.start, c.cue.end),
    action: text.slice(c.action.start, c.action.end),
    condition: c.condition ? text.slice(c.condition.start, c.condition.end) : null,
  }));
}

const actionsOf = (text: string) => commitmentsOf(text).map((c) => c.action);

describe('commitments: pledges in quotes and negative pledges', () => {
  it("takes a Spanish first-person future inside a quote as the speaker's pledge, with its negation", () => {
    expect(
      commitmentsOf(
        '"No permitiremos ninguna intervención extranjera en nuestro territorio", dijo la presidenta Claudia Sheinbaum en su conferencia matutina.',
      ),
    ).toMatchObject([
      {
        parties: ['presidenta Claudia Sheinbaum'],
        action: 'No permitiremos ninguna intervención extranjera en nuestro territorio',
      },
    ]);
  });

  it('keeps a negated promise of tariffs: a pledge, not a threat', () => {
    expect(
      commitmentsOf(
        'Economy Secretary Laura Ibarra said Mexico will not impose new tariffs on American grain this year.',
      ),
    ).toMatchObject([{ parties: ['Mexico'], action: 'not impose new tariffs on American grain this year' }]);
  });

  it('reads "not on the table" in reported speech as ruling out the act named before it', () => {
    expect(
      commitmentsOf('Ana Ruiz said a foreign military presence on Mexican soil was not on the table.'),
    ).toMatchObject([
      { parties: ['Ana Ruiz'], action: 'a foreign military presence on Mexican soil was not on the table' },
    ]);
    expect(
      commitmentsOf(
        'La presidenta Claudia Sheinbaum dijo que una intervención militar estadounidense no está sobre la mesa.',
      ),
    ).toMatchObject([
      {
        parties: ['presidenta Claudia Sheinbaum'],
        action: 'una intervención militar estadounidense no está sobre la mesa',
      },
    ]);
  });
});

describe('commitments: conditions', () => {
  it('keeps a promise made on a condition, with the condition', () => {
    expect(
      commitmentsOf('If the Senate confirms her, Ana Ruiz will visit every border crossing within a month.'),
    ).toMatchObject([
      {
        parties: ['Ana Ruiz'],
        action: 'visit every border crossing within a month',
        condition: 'If the Senate confirms her',
      },
    ]);
  });

  it('leaves a sentence that is all condition alone', () => {
    expect(commitmentsOf('If Mexico agrees to the plan.')).toEqual([]);
  });
});

describe('commitments: agreements told in the past', () => {
  it('takes every coordinated party and starts the act after the day of the agreement', () => {
    expect(
      commitmentsOf('Mexico and the United States agreed on Tuesday to share ballistic data on seized rifles.'),
    ).toMatchObject([{ parties: ['Mexico', 'United States'], action: 'share ballistic data on seized rifles' }]);
    expect(
      commitmentsOf(
        'Los cancilleres de México y Estados Unidos acordaron el miércoles crear un grupo de trabajo sobre el tráfico de armas.',
      ),
    ).toMatchObject([
      { parties: ['México', 'Estados Unidos'], action: 'crear un grupo de trabajo sobre el tráfico de armas' },
    ]);
  });

  it('takes "convinieron en", the content of an agreement and an impersonal future after a meeting', () => {
    expect(actionsOf('Ambos gobiernos convinieron en revisar el programa cada seis meses.')).toEqual([
      'revisar el programa cada seis meses',
    ]);
    expect(
      actionsOf('El acuerdo firmado por ambos gobiernos incluye una pausa de tres meses en los aranceles.'),
    ).toEqual(['una pausa de tres meses en los aranceles']);
    expect(
      commitmentsOf(
        'La presidenta Claudia Sheinbaum y el presidente Donald Trump acordaron una tregua comercial. Durante la pausa se realizarán reuniones entre los equipos de ambos países.',
      ).at(-1),
    ).toMatchObject({
      parties: ['presidenta Claudia Sheinbaum', 'presidente Donald Trump'],
      action: 'realizarán reuniones entre los equipos de ambos países',
    });
  });

  it('takes a pledge in a relative clause when it stands for a party named right before it', () => {
    expect(
      commitmentsOf('The talks were hosted by the Department of State, which committed to sharing the results.'),
    ).toMatchObject([{ parties: ['Department of State'], action: 'sharing the results' }]);
  });
});

describe('commitments: aims, programmes and directives', () => {
  it('takes the act an aim or a programme names', () => {
    expect(actionsOf('The programme aims to train 4,000 customs officers by 2027.')).toEqual([
      'train 4,000 customs officers by 2027',
    ]);
    expect(
      actionsOf('The goal of the new task force created by the two governments is to trace weapons sold in Arizona.'),
    ).toEqual(['trace weapons sold in Arizona']);
    expect(
      actionsOf(
        'El nuevo programa de la Secretaría de Seguridad tiene varias metas. Uno de sus objetivos es reducir el tráfico de armas hacia México.',
      ),
    ).toEqual(['reducir el tráfico de armas hacia México']);
    expect(actionsOf('La estrategia binacional busca cerrar los túneles que cruzan la frontera.')).toEqual([
      'cerrar los túneles que cruzan la frontera',
    ]);
  });

  it('takes a directive from its verb, not from a noun of the same word', () => {
    expect(
      commitmentsOf('The executive order directs the Attorney General to prosecute smuggling networks as a priority.'),
    ).toMatchObject([{ cue: 'directs', action: 'the Attorney General to prosecute smuggling networks as a priority' }]);
    expect(
      actionsOf(
        'El decreto publicado el lunes ordena a la Guardia Nacional reforzar la vigilancia en las aduanas del norte.',
      ),
    ).toEqual(['a la Guardia Nacional reforzar la vigilancia en las aduanas del norte']);
  });

  it('takes policies and stated commitments of institutions', () => {
    expect(
      commitmentsOf('The Department of Homeland Security is committed to dismantling smuggling networks.'),
    ).toMatchObject([{ parties: ['Department of Homeland Security'], action: 'dismantling smuggling networks' }]);
    expect(actionsOf('It is the policy of the United States to stop the flow of rifles into Mexico.')).toHaveLength(1);
  });
});

describe('commitments: lists', () => {
  it('folds bare items into the line that introduces them, and stops where the story goes on', () => {
    const text =
      'Ana Ruiz met Mexican Foreign Minister Tomás Vega in Monterrey on Monday. The two delegations committed to the following:\n\nStrengthen joint patrols along the Sonora border.\n\nShare intelligence on arms trafficking every week.\n\nThe talks ended with a lunch.';
    expect(actionsOf(text)).toEqual([
      'the following:\n\nStrengthen joint patrols along the Sonora border.\n\nShare intelligence on arms trafficking every week.',
    ]);
    const texto =
      'Los secretarios de Seguridad de ambos países se reunieron en Monterrey y acordaron las siguientes acciones:\n\nReforzar los patrullajes conjuntos en la frontera de Sonora.\n\nCompartir información sobre el tráfico de armas cada semana.\n\nLa reunión terminó con una comida.';
    expect(actionsOf(texto)).toEqual([
      'las siguientes acciones:\n\nReforzar los patrullajes conjuntos en la frontera de Sonora.\n\nCompartir información sobre el tráfico de armas cada semana.',
    ]);
  });
});

describe('commitments: numbered lists', () => {
  it('takes each numbered item as an undertaking of the parties of the line that introduces it', () => {
    const texto =
      'Ana Ruiz se reunió con el canciller Tomás Vega en Monterrey. Al término de la reunión, ambos gobiernos se comprometieron a:\n\n1. Abrir dos oficinas de enlace en Nogales antes de junio.\n\n2. Compartir cada semana los registros de armas aseguradas.\n\nLa reunión terminó con una comida.';
    const found = commitmentsOf(texto);
    expect(found.map((c) => c.action)).toEqual([
      'Abrir dos oficinas de enlace en Nogales antes de junio',
      'Compartir cada semana los registros de armas aseguradas',
    ]);
    expect(found[0]!.parties).toEqual(['Ana Ruiz', 'canciller Tomás Vega']);
  });
});

describe('commitments: negative cases', () => {
  it.each([
    ['campaign history', 'During the campaign, Donald Trump promised to close the border.'],
    ['campaign history (es)', 'Durante su campaña electoral, el candidato prometió cerrar la frontera con México.'],
    ['a threat of tariffs', 'Donald Trump vowed to impose 30 percent tariffs on Mexican steel.'],
    ['a threat of force (es)', '«Vamos a atacar a los cárteles por tierra», dijo el presidente Donald Trump.'],
    ['a reported question', 'Officials did not say what Mexico would do about the tariffs.'],
    ['a relative clause about a thing', 'Canada escaped a levy that was scheduled to begin on Monday.'],
    [
      'a relative clause with another subject (es)',
      'Estados Unidos extraditó al narcotraficante, al que busca juzgar por homicidio.',
    ],
    ['an opinion', 'Experts agree that the cartels adapt quickly to new pressure.'],
    ['an announced press conference', 'Ana Ruiz will hold a press conference on Monday.'],
    [
      'an announced press conference (es)',
      'La cámara empresarial de Sonora ofrecerá una conferencia de prensa el martes.',
    ],
    ['a forecast about a plan, told by the reporter', 'The new mechanism will lose credibility if nothing changes.'],
    ['the purpose of a past operation', 'The operation was carried out with the aim of capturing a cartel leader.'],
    ['the purpose of a past operation (es)', 'La operación se realizó con el objetivo de detener a un líder criminal.'],
    ['a search for people (es)', 'La Policía estatal busca a los responsables del ataque en Culiacán.'],
    ['a known plan described', 'Security experts say the strategy to fight cartels has failed.'],
    ['a purpose, not a directive', 'Mexican marines patrolled the coast in order to stop fuel smuggling.'],
    ['advice, not a pledge', 'The working group meets again in May; it should commit to a target list by August.'],
    [
      'what an agreement leaves out',
      'The agreement signed on Friday does not provide for joint patrols on Mexican soil.',
    ],
    [
      'a reflexive future that predicts (es)',
      'Si la cumbre vuelve a fracasar, la paciencia de los inversionistas se agotará pronto.',
    ],
  ])('%s', (_kind, text) => {
    expect(commitmentsOf(text)).toEqual([]);
  });
});

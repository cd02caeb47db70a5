/**
 * ok:     "Rubio met Sheinbaum in Mexico City on September 3." → consult/meet, actors Rubio, recipients Sheinbaum
 * not-ok: "The meeting was long." → nothing
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#test/helpers/documents.js';

/** Each event of a text as type/mode, trigger, date and the words of its participants. */
function eventsOf(text: string, published: string | null = '2026-01-15') {
  const { layers } = analyzeText(text, { published });
  return layers.events.map((e) => ({
    type: e.mode ? `${e.type}/${e.mode}` : e.type,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    date: e.date,
    who: [...e.actorSpans, ...e.recipientSpans].map((s) => text.slice(s.start, s.end)),
  }));
}

const byTrigger = (events: ReturnType<typeof eventsOf>, trigger: string) =>
  events.find((e) => e.trigger.toLowerCase() === trigger.toLowerCase());

describe('events: dates', () => {
  it('leaves a date that follows a later trigger to that trigger, and carries the day before', () => {
    const events = eventsOf(
      'U.S. Secretary of State Marco Rubio and Omar García Harfuch agreed on Wednesday to widen intelligence sharing.\n\n' +
        'The two men met for nearly three hours, their first session since the Security Implementation Group held its first meeting in October.',
    );
    expect(byTrigger(events, 'met')).toMatchObject({ date: '2026-01-14' });
    expect(byTrigger(events, 'met')!.who).toEqual(expect.arrayContaining(['U.S. Secretary of State Marco Rubio']));
  });

  it('dates a statement told with no day of its own by the day the text says it was written, over a page label', () => {
    const text =
      ' date 2026-03-14 Ministry statement on the border\n\nMarch 12, 2026\n\nThe Foreign Ministry said in a statement that talks with Washington would continue.';
    expect(eventsOf(text, null).find((e) => e.type === 'consult/statement')).toMatchObject({ date: '2026-03-12' });
  });

  it('keeps a date shared by verbs of one clause', () => {
    const events = eventsOf('Marco Rubio met Claudia Sheinbaum on Wednesday and agreed to a new security framework.');
    expect(byTrigger(events, 'met')).toMatchObject({ date: '2026-01-14' });
    expect(byTrigger(events, 'agreed')).toMatchObject({ date: '2026-01-14' });
  });

  it('does not date an event by the start of a span ("since", "desde")', () => {
    expect(byTrigger(eventsOf('Mexico has seized 900 kilograms of fentanyl since September.'), 'seized')).toMatchObject(
      { date: null },
    );
    expect(
      byTrigger(eventsOf('Desde octubre, México detuvo a más de 27 mil personas.', '2026-01-15'), 'detuvo'),
    ).toMatchObject({ date: null });
  });

  it('counts "a day after" from the day named before it', () => {
    const en = eventsOf(
      'Mexico sought his extradition for years. He pleaded not guilty on Wednesday in Brooklyn, a day after Mexican authorities handed him over to U.S. marshals.',
      '2026-01-29',
    );
    expect(byTrigger(en, 'handed him over')).toMatchObject({ type: 'cooperate/transfer_custody', date: '2026-01-27' });
    expect(byTrigger(en, 'handed him over')!.who).toContain('Mexico');
    const es = eventsOf(
      'La audiencia se celebró el miércoles 4 de marzo, dos días después de que México extraditó a Juan Pérez a Estados Unidos.',
      '2026-03-06',
    );
    expect(byTrigger(es, 'extraditó')).toMatchObject({ date: '2026-03-02' });
  });

  it('takes the date of the meeting a definite noun points back to', () => {
    const events = eventsOf(
      'Las delegaciones de México y de Estados Unidos celebraron este jueves la segunda reunión del grupo.\n\nHubo avances.\n\nSe habló de armas.\n\nComo resultado de la reunión, las delegaciones acordaron nuevas acciones.',
      '2025-11-14',
    );
    expect(byTrigger(events, 'acordaron')).toMatchObject({ type: 'agree', date: '2025-11-13' });
    expect(byTrigger(events, 'acordaron')!.who).toEqual(expect.arrayContaining(['México', 'Estados Unidos']));
  });
});

describe('events: actors', () => {
  it('takes the person the sentence before named first for an opening "she", within one paragraph break', () => {
    const same = eventsOf(
      'Assistant U.S. Attorney Megan Calloway told the court the evidence was strong. She asked that the defendant be held without bail.',
    );
    expect(byTrigger(same, 'asked')!.who).toEqual([expect.stringContaining('Megan Calloway')]);
    // A paragraph that opens with "She" goes on with the person the paragraph before told of.
    const apart = eventsOf(
      'Assistant U.S. Attorney Megan Calloway told the court the evidence was strong.\n\nShe asked that the defendant be held without bail.',
    );
    expect(byTrigger(apart, 'asked')!.who).toEqual([expect.stringContaining('Megan Calloway')]);
    const far = eventsOf(
      'Assistant U.S. Attorney Megan Calloway told the court the evidence was strong.\n\nThe hearing went on.\n\nThe court rose.\n\nShe asked that the defendant be held without bail.',
    );
    expect(byTrigger(far, 'asked')).toBeUndefined();
  });

  it('gives an agentless announcement the parties of the meeting in view, and the agent of a passive', () => {
    const events = eventsOf(
      'Marco Rubio met Claudia Sheinbaum in Mexico City on Wednesday. The formation of an implementation group was announced.',
    );
    expect(byTrigger(events, 'announced')).toMatchObject({ type: 'agree/announce', date: '2026-01-14' });
    expect(byTrigger(events, 'announced')!.who).toEqual(expect.arrayContaining(['Marco Rubio', 'Claudia Sheinbaum']));
    const passive = eventsOf(
      'Mexico asked for his extradition. The extradition was approved by a Mexican federal court two weeks ago.',
    );
    expect(byTrigger(passive, 'approved')!.who).toEqual(['Mexico']);
  });
});

describe('events: clauses and repeats', () => {
  it('keeps the teller of a reported clause out of the event it reports', () => {
    const events = eventsOf('The White House said on Monday that Mexican police arrested three men in Sonora.');
    expect(byTrigger(events, 'arrested')!.who).not.toContain('White House');
  });

  it('lets the mentions inside a quote act in it', () => {
    const events = eventsOf(
      'The embassy said: “Last month, the Border Patrol seized 900 kilograms of cocaine in Arizona.”',
    );
    expect(byTrigger(events, 'seized')!.who).toContain('Border Patrol');
  });

  it('leaves a date in a relative clause after the trigger to that clause', () => {
    const events = eventsOf('Mexico extradited Juan Pérez, who had escaped from prison in 2019, to the United States.');
    expect(byTrigger(events, 'extradited')!.date).not.toBe('2019');
  });

  it('dates the first telling of an event by a later one that points back to it', () => {
    const events = eventsOf(
      'La Fiscalía extraditó a dos hombres a Estados Unidos.\n\nLa entrega se realizó el viernes 9 de enero de 2026.',
      '2026-01-12',
    );
    expect(events.filter((e) => e.type === 'cooperate/transfer_custody')).toEqual([
      expect.objectContaining({ trigger: 'extraditó', date: '2026-01-09' }),
    ]);
  });

  it('gives a Spanish verb without a subject the parties of the meeting in view', () => {
    const events = eventsOf(
      'Las delegaciones de México y Estados Unidos se reunieron el jueves en Washington. Además, acordaron ampliar el intercambio de datos.',
      '2026-01-16',
    );
    expect(byTrigger(events, 'acordaron')!.who).toEqual(expect.arrayContaining(['México', 'Estados Unidos']));
  });

  it('takes "the secretaries" for the parties in view, and keeps each pledge of theirs', () => {
    const events = eventsOf(
      'Marco Rubio met Juan Ramón de la Fuente in Washington on Monday. They agreed to widen the exchange of data. The secretaries also committed to a new border task force.',
    );
    const agreements = events.filter((e) => e.type === 'agree');
    expect(agreements.map((e) => e.trigger)).toEqual(['agreed', 'committed to']);
    expect(agreements[1]!.who).toEqual(expect.arrayContaining(['Marco Rubio', 'Juan Ramón de la Fuente']));
  });
});

describe('events: places the gazetteer lacks, and further acts', () => {
  it('keeps arrests in towns the text opens with ("En Pitiquito, …") apart, and a further act told as such', () => {
    const text = [
      'El Gabinete de Seguridad informó los resultados del martes 3 de marzo.',
      'En Pitiquito, se detuvo a una persona y se aseguraron dos armas.',
      'En Cananea, se detuvo a dos personas.',
      'Como parte de otra acción, se aseguraron cinco vehículos cerca del poblado.',
    ].join('\n\n');
    const events = eventsOf(text, '2026-03-04');
    expect(events.filter((e) => e.type === 'coerce/arrest')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'coerce/seize')).toHaveLength(2);
  });

  it('keeps apart an act told as a similar case, with its own date', () => {
    const es = eventsOf(
      [
        'La Guardia Nacional aseguró 40 armas en una bodega de Mexicali, informaron las autoridades.',
        'Un caso similar se registró en marzo de este año, cuando la Guardia Nacional aseguró 12 armas en otra bodega.',
      ].join('\n\n'),
      '2026-06-10',
    );
    expect(es.filter((e) => e.type === 'coerce/seize').map((e) => e.date)).toEqual([null, '2026-03']);
    const en = eventsOf(
      [
        'The Mexican Army seized 40 rifles at a warehouse in Mexicali, officials said.',
        'A similar case came to light in March, when the Mexican Army seized 12 rifles at another warehouse.',
      ].join('\n\n'),
      '2026-06-10',
    );
    expect(en.filter((e) => e.type === 'coerce/seize').map((e) => e.date)).toEqual([null, '2026-03']);
  });

  it('takes no person and no month for a place ("In January, …", "En García Luna, …" is no town)', () => {
    const events = eventsOf(
      'Police arrested three men in Tijuana on Monday.\n\nIn January, police arrested three men as well.',
      '2026-03-04',
    );
    expect(events.filter((e) => e.type === 'coerce/arrest').every((e) => e.who.every((w) => w !== 'January'))).toBe(
      true,
    );
  });
});

describe('events: triggers', () => {
  it('reads not ruling out force as a threat, but not a possibility', () => {
    expect(
      byTrigger(
        eventsOf(
          'El presidente Donald Trump dijo en noviembre que no descarta atacar laboratorios en México.',
          '2025-12-15',
        ),
        'no descarta',
      ),
    ).toMatchObject({ type: 'threaten' });
    expect(
      eventsOf(
        'Las autoridades de México no descartan que el túnel se usara para cruzar personas.',
        '2025-12-15',
      ).filter((e) => e.type === 'threaten'),
    ).toEqual([]);
    expect(
      byTrigger(
        eventsOf('Members of the Trump administration have refused to rule out strikes against cartels in Mexico.'),
        'refused to rule out',
      ),
    ).toMatchObject({ type: 'threaten' });
  });

  it('does not take "according to" for an agreement, "said that" for a seizure, or naming for a phone call', () => {
    expect(
      eventsOf('De acuerdo con la Fiscalía General de la República, México aumentó las inspecciones.').filter(
        (e) => e.type === 'agree',
      ),
    ).toEqual([]);
    expect(
      eventsOf('Claudia Sheinbaum aseguró que la cooperación con Estados Unidos da resultados.').filter(
        (e) => e.type === 'coerce',
      ),
    ).toEqual([]);
    expect(
      eventsOf('Donald Trump spoke about what they call narco-terrorists in Mexico.').filter(
        (e) => e.type === 'consult',
      ),
    ).toEqual([]);
  });

  it('counts a participle after an auxiliary or with a date right after it, not one that describes', () => {
    expect(
      byTrigger(
        eventsOf('En Tijuana fueron detenidas tres personas por agentes de México.', '2026-03-19'),
        'detenidas',
      ),
    ).toMatchObject({ type: 'coerce/arrest' });
    expect(
      byTrigger(
        eventsOf('El grupo, creado el 3 de septiembre por Claudia Sheinbaum, sesionó en México.', '2025-11-14'),
        'creado',
      ),
    ).toMatchObject({ type: 'agree', date: '2025-09-03' });
    expect(
      eventsOf(
        'Estados Unidos compartirá el rastreo de las armas aseguradas en territorio de México.',
        '2025-11-14',
      ).filter((e) => e.type === 'coerce'),
    ).toEqual([]);
  });

  it('acts for a country through its agents ("Mexican marines", "autoridades estadounidenses")', () => {
    expect(
      byTrigger(
        eventsOf('Mexico has a new plan. Mexican marines seized 300 kilograms of fentanyl in Sinaloa on Tuesday.'),
        'seized',
      )!.who,
    ).toContain('Mexico');
    expect(
      byTrigger(
        eventsOf(
          'Estados Unidos respaldó el plan. Las autoridades estadounidenses capturaron a dos personas el martes.',
          '2026-01-15',
        ),
        'capturaron',
      )!.who,
    ).toContain('Estados Unidos');
    expect(
      byTrigger(eventsOf('A Mexican man accused of fraud was seen in Texas on Tuesday.'), 'accused')?.who ?? [],
    ).not.toContain('Mexico');
  });
});

describe('events: adjectives', () => {
  it('takes a verb in -ed that opens its sentence for an adjective, not an event', () => {
    expect(
      eventsOf(
        'Promised access to U.S. ballistic records arrives only in part\n\nMexican prosecutors can query one database.',
      ).map((e) => e.type),
    ).toEqual([]);
    expect(
      eventsOf(
        'Ballistic records\n\nThe United States promised Mexico access to its ballistic records on Tuesday.',
      ).map((e) => e.type),
    ).toEqual(['agree']);
  });
});

describe('events: dates from the rest of the document', () => {
  it('dates an undated first telling by a later one that states its day', () => {
    const events = eventsOf(
      'Mexico has sent 20 gang leaders to the United States, officials said.\n\nThose sent to the US on Thursday were flown from several prisons to three cities.',
      '2025-03-01',
    );
    expect(events.filter((e) => e.type === 'cooperate/transfer_custody')).toMatchObject([
      { trigger: 'sent', date: '2025-02-27' },
    ]);
  });

  it('counts an object before the verb ("20 inmates were sent")', () => {
    expect(eventsOf('On Tuesday, 20 inmates were sent to the United States by Mexico.', '2025-03-01')).toMatchObject([
      { type: 'cooperate/transfer_custody', date: '2025-02-25' },
    ]);
  });

  it('dates what the body tells undated by the day its title names', () => {
    const events = eventsOf(
      'Border Operation Results for 11 March 2026 in Three States\n\nIn Tijuana, Mexican police arrested two people and seized 40 rifles.',
      '2026-03-12',
    );
    expect(byTrigger(events, 'arrested')).toMatchObject({ date: '2026-03-11' });
  });

  it('dates a statement the news tells without a day of its own by the publication date', () => {
    const events = eventsOf(
      'Attorney General Pam Bondi announced new charges against the Sinaloa Cartel.\n\nThe cartel has long moved fentanyl north.',
      '2025-05-02',
    );
    expect(byTrigger(events, 'announced')).toMatchObject({ type: 'agree/announce', date: '2025-05-02' });
  });

  it('lets a resolved date beside an unresolved one date the event', () => {
    // No publication date: "ayer" cannot be resolved, "9 de mayo" takes the year the text states later.
    const events = eventsOf(
      'La tarde del 9 de mayo, ayer por la tarde, la Casa Blanca difundió un comunicado sobre México.\n\nEl plan arrancó en enero de 2025.',
      null,
    );
    expect(events.find((e) => e.type === 'consult/statement')).toMatchObject({
      date: '2025-05-09',
      who: ['Casa Blanca', 'México'],
    });
  });
});

describe('events: actors from the rest of the document', () => {
  it('takes a pronoun after an opening phrase for the person named just before, across a paragraph break', () => {
    const events = eventsOf(
      'President Claudia Sheinbaum spoke about tariffs at length.\n\nOn Friday, she announced a plan to seize more fentanyl at the ports.',
      '2026-01-15',
    );
    expect(byTrigger(events, 'announced')!.who).toContain('President Claudia Sheinbaum');
  });

  it('gives police work told without its agents to the only country the text names', () => {
    const events = eventsOf(
      'Desde que comenzó el operativo, la policía informó la detención de 1,200 personas.\n\nEn Culiacán, México, la policía patrulla las calles.',
      '2026-03-12',
    );
    expect(events.find((e) => e.type === 'coerce/arrest')!.who).toEqual(['México']);
  });

  it('gives a definite noun with nobody named the parties of the earlier telling of its kind, without keeping more events', () => {
    const text =
      'On March 2, the Treasury Department designated four money brokers in Tijuana as cartel financiers.\n\n' +
      'The designations came into force on March 9, once printed in the official gazette.';
    const events = eventsOf(text, '2026-03-10');
    const designations = events.filter((e) => e.type === 'sanction/designate');
    expect(designations.map((e) => e.date)).toEqual(['2026-03-02', '2026-03-09']);
    expect(designations[1]!.who).toContain('Treasury Department');
    // Nothing to borrow from: a definite noun alone, undated and with nobody named, is still no event.
    expect(eventsOf('The designations were long awaited.', '2026-03-10')).toEqual([]);
  });

  it('takes a group subject after a noun trigger ("la llamada que ambos funcionarios mantienen") for the parties in view', () => {
    const events = eventsOf(
      'La canciller Alicia Bárcena sostuvo una llamada el lunes 9 de marzo con el secretario Marco Rubio.\n\n' +
        'Es la tercera llamada que ambos funcionarios mantienen este año, luego de la del domingo 1 de marzo.',
      '2026-03-10',
    );
    const second = events.filter((e) => e.type === 'consult/phone')[1]!;
    expect(second.who).toEqual(expect.arrayContaining(['canciller Alicia Bárcena', 'secretario Marco Rubio']));
  });

  it('gives an event of a reported clause with nobody named before it to the teller', () => {
    const es = eventsOf(
      'El gobernador Samuel García informó el martes que fueron detenidos 12 hombres en Saltillo.',
      '2026-03-12',
    );
    expect(es.find((e) => e.type === 'coerce/arrest')!.who).toEqual(['gobernador Samuel García']);
    const en = eventsOf(
      'The ministry said on Monday that two brokers were arrested in Tijuana by federal police.',
      '2026-03-12',
    );
    // An agent the clause names acts, not the teller.
    expect(en.find((e) => e.type === 'coerce/arrest')!.who).not.toContain('The ministry');
  });

  it('leaves the teller out of a reported clause that names a subject of its own, even a thing', () => {
    const en = eventsOf(
      'The governor of Sinaloa said that the flooding destroyed a police checkpoint near Culiacán.',
      '2026-03-12',
    );
    expect(en.flatMap((e) => e.who)).not.toContain('The governor of Sinaloa');
    const bare = eventsOf(
      'The White House said on Monday that smuggled opioids killed thousands of people.',
      '2026-03-12',
    );
    expect(bare.filter((e) => e.type === 'assault').flatMap((e) => e.who)).not.toContain('White House');
    const es = eventsOf(
      'El secretario Omar García Harfuch dijo que la tormenta destruyó un retén en Sinaloa.',
      '2026-03-12',
    );
    expect(es.flatMap((e) => e.who)).not.toContain('secretario Omar García Harfuch');
    // A passive clause's subject was acted upon: its doer is still the teller.
    const passive = eventsOf('The Mexican Navy said that the cargo was seized off the coast of Oaxaca.', '2026-03-12');
    expect(passive.find((e) => e.type === 'coerce/seize')?.who).toEqual(['Mexican Navy']);
    // A clause that leaves its subject to the verb, or opens on an object pronoun, is still the teller's.
    const own = eventsOf('El secretario Omar García Harfuch dijo que lo detuvieron en Culiacán.', '2026-03-12');
    expect(own.find((e) => e.type === 'coerce/arrest')?.who).toEqual(['secretario Omar García Harfuch']);
  });

  it('takes "X asked." after a quoted question for an attribution, not a request', () => {
    expect(
      eventsOf('“Will Mexico accept U.S. troops?” Senator Lindsey Graham asked.', '2026-01-15').filter(
        (e) => e.type === 'request',
      ),
    ).toEqual([]);
  });
});

describe('events: statements in an opening phrase', () => {
  it('gives the statement of an opening phrase to the subject of the clause after it', () => {
    const es = eventsOf(
      'En rueda de prensa en la Casa Blanca, Donald Trump reiteró que habrá aranceles.',
      '2025-03-04',
    );
    expect(es.find((e) => e.type === 'consult/statement')!.who[0]).toBe('Donald Trump');
  });

  it('keeps the parties of a meeting in view across a statement about it', () => {
    const es = eventsOf(
      'Marco Rubio y Juan Ramón de la Fuente sostuvieron una llamada el jueves.\n\nEn un comunicado de prensa, la Secretaría de Relaciones Exteriores resumió la conversación.\n\nAdemás, acordaron ampliar el intercambio de información.',
      '2026-01-16',
    );
    expect(es.find((e) => e.type === 'agree')!.who).toEqual(
      expect.arrayContaining(['Marco Rubio', 'Juan Ramón de la Fuente']),
    );
  });
});

describe('events: objects that make another act', () => {
  it('takes releasing a statement for no retreat, and signing an order for no agreement', () => {
    expect(
      eventsOf(
        'According to the joint statement released after the meeting, the group will meet monthly.',
        '2025-09-04',
      ).filter((e) => e.type === 'retreat'),
    ).toEqual([]);
    expect(
      eventsOf('Mexico released 12 prisoners on Monday.', '2025-09-04').filter((e) => e.type === 'retreat'),
    ).toHaveLength(1);
    expect(
      eventsOf(
        'The State Department listed six cartels under an executive order that President Donald Trump signed in January.',
        '2025-02-21',
      ).filter((e) => e.type === 'agree'),
    ).toEqual([]);
    expect(
      eventsOf('Trump firmó el 14 de marzo un decreto sobre aranceles.', '2025-02-21').filter(
        (e) => e.type === 'agree',
      ),
    ).toEqual([]);
    expect(
      eventsOf('Mexico and the United States signed an accord on Tuesday.', '2025-09-04').filter(
        (e) => e.type === 'agree',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('takes a bare past form in a list of things counted for a description', () => {
    const events = eventsOf(
      'Officials met on Monday.\n\nA useful scorecard lists figures on drugs seized, weapons traced, accounts frozen and people transferred.',
      '2025-09-04',
    );
    expect(events.map((e) => e.type)).toEqual(['consult/meet']);
    expect(
      eventsOf('A unit of marines seized 300 kilograms of cocaine in Sinaloa on Monday.', '2025-09-04').filter((e) =>
        e.type.startsWith('coerce'),
      ),
    ).toHaveLength(1);
  });

  it('takes coordination among bodies of one country for no cooperation between the parties', () => {
    const cooperation = (text: string) => eventsOf(text, '2025-09-04').filter((e) => e.type === 'cooperate');
    expect(
      cooperation(
        'In an operation coordinated with the Mexican Navy, the Attorney General’s Office of Mexico dismantled a drug lab in Sinaloa on Monday.',
      ),
    ).toEqual([]);
    expect(cooperation('La Guardia Nacional trabajó en coordinación con la Secretaría de Marina en Sinaloa.')).toEqual(
      [],
    );
    expect(
      cooperation('The U.S. Drug Enforcement Administration worked in coordination with the Mexican Navy in Sinaloa.'),
    ).toHaveLength(1);
    expect(
      cooperation('La Secretaría de Marina trabajó en coordinación con la DEA de Estados Unidos en Sinaloa.'),
    ).toHaveLength(1);
  });

  it('takes a statement whose medium ends the sentence for an event, and a bare verb for an attribution', () => {
    const statements = (text: string) => eventsOf(text, '2026-01-20').filter((e) => e.type === 'consult/statement');
    expect(
      statements('“The handover went as planned,” Mexican Security Minister Omar García Harfuch said on social media.'),
    ).toHaveLength(1);
    expect(statements('The talks would go on, the Foreign Ministry said in a statement.')).toHaveLength(1);
    expect(statements('“The handover went as planned,” Omar García Harfuch said.')).toEqual([]);
  });

  it('takes a talk a noun names again close by for the talk just told, and one of another day for another', () => {
    const talks = (text: string) => eventsOf(text, '2025-02-03').filter((e) => e.type.startsWith('consult/phone'));
    expect(
      talks(
        'Trump said he had just spoken with Claudia Sheinbaum, the Mexican president. It was a warm conversation, with Mexico and the United States both in view.',
      ),
    ).toHaveLength(1);
    expect(
      talks(
        'La presidenta Claudia Sheinbaum habló con Donald Trump.\n\nFue una conversación cordial entre México y Estados Unidos.',
      ),
    ).toHaveLength(1);
    expect(
      talks(
        'Sheinbaum spoke with Trump on Monday.\n\nAn earlier conversation of Mexico with the United States on January 20 had set the terms.',
      ),
    ).toHaveLength(2);
  });

  it('takes discussing something with someone for a consultation, in both languages', () => {
    const consults = (text: string) => eventsOf(text, '2026-01-12').filter((e) => e.type === 'consult');
    expect(consults('Claudia Sheinbaum discussed border security with Donald Trump on Monday.')).toMatchObject([
      { trigger: 'discussed', who: ['Claudia Sheinbaum', 'Donald Trump'] },
    ]);
    expect(consults('Juan Ramón de la Fuente dialogó el lunes sobre migración con Marco Rubio.')).toHaveLength(1);
    expect(consults('The committee discussed the budget.')).toEqual([]);
  });
});

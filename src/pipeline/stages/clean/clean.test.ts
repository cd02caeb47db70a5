import { describe, expect, it } from 'vitest';
import { analyzeText } from '#test/helpers/documents.js';
import { expectSpans } from '#test/helpers/spans.js';

const clean = (text: string, published?: string | null) => analyzeText(text, { published }).layers.clean;

/** The headline and first paragraph of an article several tests go on with. */
const tunnelOpening = [
  'Customs Officers Find Tunnel Under Nogales Warehouse',
  'Officers found a tunnel that ran from a warehouse to a house across the border, the agency said on Friday.',
];

describe('clean', () => {
  it('ok: a widget block above the title is chrome, the title is found', () => {
    const text =
      'Weather   Live Markets\n\nRains Return to Oaxaca After Long Drought\n\nThe rains came back to the valleys of Oaxaca on Monday, ending a drought that lasted eight months.';
    const result = clean(text);
    expectSpans(text, result.chrome, ['Weather   Live Markets']);
    expect(result.title?.value).toBe('Rains Return to Oaxaca After Long Drought');
  });

  it('passes over a breadcrumb line cut with an ellipsis to the full headline below it', () => {
    const headline =
      'La Marina informa el decomiso de dos toneladas de cocaína en el puerto de Manzanillo del 2 de mayo';
    const text = [
      'Inicio Noticias Marina La Marina informa el decomiso de dos toneladas de cocaína en el...',
      headline,
      'La Secretaría de Marina aseguró el cargamento en un contenedor que llegó desde Sudamérica, según el comunicado.',
    ].join('\n\n');
    expect(clean(text).title?.value).toBe(headline);
    // An ellipsis that cuts a line of its own is prose as before: no title above the article.
    const own = ['Lo que se sabe hasta ahora de la operación en la costa de Colima y lo que falta...', headline];
    expect(clean(own.join('\n\n')).title?.value).not.toBe(own[0]);
  });

  it('not-ok: a heading in the middle of the article is a heading, never chrome', () => {
    const text = [
      ...tunnelOpening,
      'Security Cooperation Remains Thorny',
      'Officials on both sides said the find showed how much work remained before the next meeting of the group.',
    ].join('\n\n');
    const result = clean(text);
    expect(result.chrome).toEqual([]);
    expectSpans(text, result.headings, ['Security Cooperation Remains Thorny']);
  });

  it('marks a link to another story that a prompt introduces ("You may be interested in: …", "Lee también: …")', () => {
    for (const link of [
      'You may be interested in: Ports on the Gulf coast tighten their checks',
      'Read also: Ports on the Gulf coast tighten their checks',
      'Lee también: Los puertos del Golfo refuerzan sus revisiones',
    ]) {
      const text = [
        'Customs Officers Find Tunnel Under Nogales Warehouse',
        `Officers found a tunnel that ran from a warehouse to a house across the border, the agency said on Friday.\n${link}\nOfficials on both sides said the find showed how much work remained before the next meeting.`,
      ].join('\n\n');
      const result = clean(text);
      expect(result.chrome.map((c) => text.slice(c.start, c.end))).toEqual([link]);
    }
  });

  it('takes a last line cut short for prose, not a heading: nothing follows it', () => {
    const text = [
      ...tunnelOpening,
      'The governor then stressed that it falls to the state to pay for the new checkpoints on the hi',
    ].join('\n\n');
    expect(clean(text).headings).toEqual([]);
  });

  it('marks short masthead lines, menus, prompts and trailing fragments, one span per line', () => {
    const text = [
      'Logo image\nHome | World | Business | Opinion',
      'Mexico Extradites Cartel Financier to Texas',
      'By Ana Ruiz and Tom Keller',
      'The extradition was the third this year, prosecutors said in a statement released on Tuesday evening.',
      'Advertisement',
      'The suspect will appear before a federal judge in Houston next week, according to court filings seen by reporters.',
      'Sign up for our morning briefing',
      'Follow us',
    ].join('\n\n');
    const result = clean(text);
    expectSpans(text, result.chrome, [
      'Logo image',
      'Home | World | Business | Opinion',
      'Advertisement',
      'Sign up for our morning briefing',
      'Follow us',
    ]);
    expect(result.chrome.map((c) => c.reason)).toEqual(['masthead', 'menu', 'prompt', 'prompt', 'prompt']);
    expect(result.authors.map((a) => a.value)).toEqual(['Ana Ruiz', 'Tom Keller']);
  });

  it('treats headlines under a "Related" heading as a list of other articles', () => {
    const text = [
      'Port of Manzanillo Tightens Inspections',
      'Inspectors at the port began checking every container from three Asian ports, the navy said on Wednesday.',
      'Related:',
      'Navy Takes Over Customs at Pacific Ports',
      'Fentanyl Precursors Seized in Sinaloa Raid',
    ].join('\n\n');
    const result = clean(text);
    expectSpans(text, result.chrome, [
      'Related:',
      'Navy Takes Over Customs at Pacific Ports',
      'Fentanyl Precursors Seized in Sinaloa Raid',
    ]);
    expect(result.chrome.map((c) => c.reason)).toEqual(['prompt', 'related-list', 'related-list']);
  });

  it('reads datelines and bylines in several styles', () => {
    expect(
      clean(
        'Border Talks Resume\n\nMEXICO - Report 21 Oct 2025 by Ana Ruiz\n\nThe talks resumed on Monday after a pause of two weeks, officials said.',
      ).published?.value,
    ).toBe('2025-10-21');
    expect(
      clean(
        'Border Talks Resume\n\nLAREDO, Texas, Oct. 14, 2025 - The talks resumed on Monday after a pause of two weeks, officials said.',
      ).published?.value,
    ).toBe('2025-10-14');
    expect(
      clean(
        'Border Talks Resume\n\nPublished 3 November 2025\n\nThe talks resumed on Monday after a pause of two weeks, officials said.',
      ).published?.value,
    ).toBe('2025-11-03');
    expect(
      clean('Border Talks Resume\n\nThe talks resumed on Monday after a pause of two weeks, officials said in 2025.')
        .published,
    ).toBeNull();
  });

  it('prefers the publication date a reader found in metadata', () => {
    expect(
      clean('Border Talks Resume\n\nThe talks resumed on Monday, officials said.', '2025-10-02T08:00:00-06:00')
        .published,
    ).toEqual({ value: '2025-10-02', span: null, source: 'metadata' });
  });

  it('reads Spanish bylines and detects the language', () => {
    const text =
      'La SRE Anuncia Nueva Reunión de Seguridad\n\nPor Mariana Torres y José Luis Pérez\n\nLa Secretaría de Relaciones Exteriores informó que el grupo de implementación se reunirá de nuevo el próximo mes en la capital.\n\nSuscríbete';
    const result = clean(text);
    expect(result.language).toBe('es');
    expect(result.authors.map((a) => a.value)).toEqual(['Mariana Torres', 'José Luis Pérez']);
    expectSpans(text, result.chrome, ['Suscríbete']);
  });

  it('takes a newsroom byline for metadata, neither an author nor a subtitle', () => {
    for (const byline of ['Por Redacción Frontera', 'By Staff Reporters', 'By Puente example desk']) {
      const result = clean(
        `Group Meets in Texas\n\n${byline}\n\nThe implementation group met for the first time on Friday in Texas, both governments said.`,
      );
      expect(result.subtitle).toBeNull();
      expect(result.authors).toEqual([]);
    }
  });

  it('keeps a subtitle apart from the body', () => {
    const text =
      'Group Meets in Texas\n\nFirst Session Focuses on Arms Trafficking\n\nThe implementation group met for the first time on Friday in Texas, both governments said.';
    const result = clean(text);
    expect(result.subtitle?.value).toBe('First Session Focuses on Arms Trafficking');
    expect(result.paragraphs).toHaveLength(3);
  });

  describe('negative cases: these produce no chrome', () => {
    it.each([
      'Share prices fell sharply in Mexico City on Monday after the central bank cut its rate by half a point.',
      'Register of Beneficial Owners Expands\n\nThe finance ministry said the register of beneficial owners would cover trusts from January, closing a gap that investigators had flagged.',
      'Talks End\n\nThe talks ended on Thursday. Both sides said they would meet again.',
    ])('%s', (text) => {
      expect(clean(text).chrome).toEqual([]);
    });
  });
  it('marks widget readings, site notices and "Read more:" lines anywhere, but keeps a byline with a bullet', () => {
    const text = [
      'Cloudy 21°C  Nogales\nOur weekly newsletter: the border, every Monday',
      'Inspectors Open New Lane at Nogales Crossing',
      'By Ana Ruiz · March 2, 2026',
      'Inspectors opened a new cargo lane at the Nogales crossing on Monday, officials from both countries said.',
      'Read more: What the new lane means for trade',
      'The lane will carry refrigerated trucks first, the customs agency said in a statement on Monday.',
      'We use cookies to understand how you use this site and to improve it.',
    ].join('\n\n');
    const result = clean(text);
    expectSpans(text, result.chrome, [
      'Cloudy 21°C  Nogales',
      'Our weekly newsletter: the border, every Monday',
      'Read more: What the new lane means for trade',
      'We use cookies to understand how you use this site and to improve it.',
    ]);
    expect(result.title?.value).toBe('Inspectors Open New Lane at Nogales Crossing');
    expect(result.authors.map((a) => a.value)).toEqual(['Ana Ruiz']);
  });

  it('drops a list of other stories after the last sentence, whatever its heading says', () => {
    const en = [
      ...tunnelOpening,
      'The passage had lights and rails, and investigators believe it was used for months before it was found.',
      'Stories From Our Border Desk',
      'Navy Takes Over Customs at Pacific Ports',
      'Arms Seizures Rise in Sonora for Third Straight Year',
    ].join('\n\n');
    expectSpans(en, clean(en).chrome, [
      'Stories From Our Border Desk',
      'Navy Takes Over Customs at Pacific Ports',
      'Arms Seizures Rise in Sonora for Third Straight Year',
    ]);
    const es = [
      'Hallan túnel bajo una bodega en Nogales',
      'Agentes aduanales hallaron un túnel que iba de una bodega a una casa al otro lado de la frontera, informó la agencia el viernes.',
      'Desde nuestra corresponsalía en el norte',
      'La Marina asume el control de las aduanas del Pacífico',
      'Crecen los decomisos de armas en Sonora por tercer año',
    ].join('\n\n');
    expect(clean(es).chrome.map((c) => c.reason)).toEqual(['related-list', 'related-list', 'related-list']);
  });

  it('not-ok: an article cut short after a heading keeps its last lines', () => {
    const text = [
      ...tunnelOpening,
      'Patrols Along the Fence',
      'A commander of the patrols in the city told reporters on Wednesday that the units would stay in place until the',
    ].join('\n\n');
    expect(clean(text).chrome).toEqual([]);
  });

  it('drops a caption the page repeats, and keeps a line said once or twice', () => {
    const caption = 'Soldiers at the crossing. Photo: Staff';
    const text = [
      'Customs Officers Find Tunnel Under Nogales Warehouse',
      caption,
      'Officers found a tunnel that ran from a warehouse to a house across the border, the agency said on Friday.',
      caption,
      'The passage had lights and rails, and investigators believe it was used for months before it was found.',
      caption,
      'Los agentes no dijeron cuándo terminarán de medir el túnel, según un portavoz de la fiscalía.',
    ].join('\n\n');
    const result = clean(text);
    expect(result.chrome.map((c) => c.reason)).toEqual(['repeated', 'repeated', 'repeated']);
    expect(clean(text.replace(`\n\n${caption}\n\nLos`, '\n\nLos')).chrome).toEqual([]);
  });
});

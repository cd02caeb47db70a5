/**
 * ok:     "Wednesday, September 3, 2025\n\nBorder Talks Resume\n\n…" → 2025-09-03 from a date line, and the title is "Border Talks Resume"
 * not-ok: "WASHINGTON (AP) — The talks …" → no publication date (a dateline without a date)
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, type SourceInfo } from '../../../core/index.js';
import { documentFromText } from '#test/helpers/documents.js';
import { createPipeline } from '../../create-pipeline.js';
import { isFailedAnalysis, runDocument } from '../../run.js';
import { clean } from './index.js';
import { dateFromLocator, isDateLine } from './publication-date.js';

const pipeline = createPipeline([clean]);
const PROSE =
  'The two delegations agreed to meet again before the end of the year, officials from both countries said in a statement.';

function cleanOf(text: string, options: { published?: string; source?: SourceInfo } = {}) {
  const document = documentFromText(text, { published: options.published });
  const result = runDocument(
    pipeline,
    { ...document, source: options.source ?? document.source },
    { settings: defaultSettings, freeze: true },
  );
  if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
  return result.layers.clean;
}
const publishedOf = (text: string, options: { published?: string; source?: SourceInfo } = {}) => {
  const published = cleanOf(text, options).published;
  return (
    published && [
      published.value,
      published.source,
      published.span ? text.slice(published.span.start, published.span.end) : null,
    ]
  );
};

describe('publication date', () => {
  it('reads the date field of a byline strip ("Source | date | kind"), but not a date inside a long field', () => {
    const strip = `Resultados de la jornada\n\nSecretaría de Marina | 4 de mayo de 2026 | Comunicado\n\n${PROSE}`;
    expect(publishedOf(strip)).toEqual(['2026-05-04', 'date-line', '4 de mayo de 2026']);
    const line = 'La Marina informó el 4 de mayo de 2026 sobre las detenciones en la sierra | Comunicado';
    const at = line.indexOf('4 de mayo');
    const date = { value: '2026-05-04', span: { start: at, end: at + '4 de mayo de 2026'.length } };
    expect(isDateLine(line, { start: 0, end: line.length }, date)).toBe(false);
  });

  it('reads the header example, and a date line is never the title', () => {
    const text = `Wednesday, September 3, 2025\n\nBorder Talks Resume\n\n${PROSE}`;
    expect(publishedOf(text)).toEqual(['2025-09-03', 'date-line', 'Wednesday, September 3, 2025']);
    expect(cleanOf(text).title?.value).toBe('Border Talks Resume');
  });

  it('reads a label that opens the text, which is neither the title nor the first words of the article', () => {
    const text = ` date 2025-12-12 Marines Seize Fuel Tanker Off Veracruz\n\n${PROSE}`;
    expect(publishedOf(text)).toEqual(['2025-12-12', 'label', '2025-12-12']);
    const result = cleanOf(text);
    expect(result.title?.value).toBe('Marines Seize Fuel Tanker Off Veracruz');
    expect(text.slice(result.paragraphs[0]!.start, result.paragraphs[0]!.end)).toBe(
      'Marines Seize Fuel Tanker Off Veracruz',
    );
    expect(publishedOf(` date 2025-12-12 ${PROSE}`)?.[0]).toBe('2025-12-12');
    expect(publishedOf(`Fecha: 2025-11\n\nLa Marina Asegura un Buque\n\n${PROSE}`)).toEqual([
      '2025-11',
      'label',
      '2025-11',
    ]);
    expect(publishedOf(`Published: 2025-11-04T15:15:00-06:00\n\n${PROSE}`)?.[0]).toBe('2025-11-04');
  });

  it('prefers the label to a later date line', () => {
    expect(publishedOf(` date 2025-02-22 Designations Of Two Networks\n\nNovember 20, 2025\n\n${PROSE}`)?.[0]).toBe(
      '2025-02-22',
    );
  });

  it.each([
    ['Nov. 4, 2025, 9:15 a.m. CT', '2025-11-04'],
    ['14:47 JST, January 21, 2026', '2026-01-21'],
    ['June 6, 2025 | Policy Brief', '2025-06-06'],
    ['hoy, 2 de octubre de 2025', '2025-10-02'],
    ['Publicado el 2 de octubre de 2025 a las 10:15', '2025-10-02'],
    ['martes, 14 de octubre de 2025', '2025-10-14'],
    ['By Ana Ruiz | March 3, 2025', '2025-03-03'],
  ])('reads the date line %s', (line, value) => {
    expect(publishedOf(`Border Talks Resume\n\n${line}\n\n${PROSE}`)?.[0]).toBe(value);
    expect(publishedOf(`${line}\n\nBorder Talks Resume\n\n${PROSE}`)?.[0]).toBe(value);
  });

  it('reads a date line below a photo caption that opens the text', () => {
    const text = `Soldiers patrol the crossing at Nogales, Sonora, where the new scanners were installed last month, in this photo released by the army.\n14:47 JST, January 21, 2026\n${PROSE}`;
    expect(publishedOf(text)).toEqual(['2026-01-21', 'date-line', 'January 21, 2026']);
  });

  it.each([
    ['March 6, 2025 (Border Wire)—The two delegations met again.', '2025-03-06'],
    [
      'MONTERREY, 4 de marzo de 2025 (EFE).- La fiscalía estatal informó de la detención de seis personas.',
      '2025-03-04',
    ],
    ['LAREDO, Texas, Oct. 14, 2025 - The two delegations met again.', '2025-10-14'],
  ])('reads the dateline of %s', (lede, value) => {
    expect(publishedOf(`Border Talks Resume\n\n${lede} ${PROSE}`)).toEqual([value, 'dateline', expect.any(String)]);
  });

  it('makes a month exact with a later source of the same month, or with the text naming today', () => {
    expect(publishedOf(` date 2025-07\n\nMONTERREY, 14 de julio de 2025 (EFE).- ${PROSE}`)?.slice(0, 2)).toEqual([
      '2025-07-14',
      'dateline',
    ]);
    const today =
      ' date 2025-07 La presidenta insistió en un acuerdo.\n\nEn su conferencia de este lunes 14 de julio, la mandataria reiteró su postura.';
    expect(publishedOf(today)).toEqual(['2025-07-14', 'label', 'este lunes 14 de julio']);
    // The weekday must be that day's: 2025-07-15 was a Tuesday.
    expect(
      publishedOf(
        ' date 2025-07 La presidenta insistió.\n\nEn su conferencia de este lunes 15 de julio, reiteró su postura.',
      )?.[0],
    ).toBe('2025-07');
  });

  it("keeps the page's date, but tells the text's today from the week it names when that lies far from it", () => {
    const text = `Saturday, November 1, 2025\n\nMorning Briefing Recapped\n\nOn Friday the president spoke, a day after a deal that avoided a tariff due this Friday Aug. 1, officials said.`;
    const result = cleanOf(text).published;
    expect([result?.value, result?.written?.value]).toEqual(['2025-11-01', '2025-08-01']);
    // Within the week of the page's date, or with a weekday that is not the date's, nothing changes.
    expect(cleanOf(text.replace('November 1', 'August 2')).published?.written).toBeUndefined();
    expect(cleanOf(text.replace('this Friday', 'this Monday')).published?.written).toBeUndefined();
  });

  it('dates a text with nothing else by a day it names as today or yesterday, in the year its dates carry', () => {
    const es = `La secretaria habló ante la prensa.\n\nEl balance cubre de noviembre de 2023 a enero de 2024. La noche del 9 de febrero, ayer, la cancillería envió una nota.\n\n${PROSE}`;
    expect(publishedOf(es)).toEqual(['2024-02-10', 'named-day', '9 de febrero, ayer']);
    const withYear = `Hoy, 2 de octubre de 2025, se reunió el grupo de implementación en la capital con las dos delegaciones completas.\n\n${PROSE}`;
    expect(publishedOf(withYear)?.slice(0, 2)).toEqual(['2025-10-02', 'named-day']);
    const en = `Officials gave figures for June 2026.\n\nYesterday, Monday, July 13, the ministers spoke by phone.\n\n${PROSE}`;
    expect(publishedOf(en)?.slice(0, 2)).toEqual(['2026-07-14', 'named-day']);
  });

  it('does not date a text by a named day without any year, with the wrong weekday, or named ahead', () => {
    expect(publishedOf(`La noche del 9 de febrero, ayer, la cancillería envió una nota.\n\n${PROSE}`)).toBeNull();
    expect(
      publishedOf(
        `Yesterday, Tuesday, July 13, 2026, the ministers of both countries spoke by phone about the border and the next meeting.\n\n${PROSE}`,
      ),
    ).toBeNull();
    expect(
      publishedOf(
        `Mañana, 3 de marzo de 2025, se reunirá el grupo de implementación en la capital con las dos delegaciones completas.\n\n${PROSE}`,
      ),
    ).toBeNull();
  });

  it('prefers any other source to a named day', () => {
    const text = `Wednesday, September 3, 2025\n\nYesterday, September 1, 2025, the talks began.\n\n${PROSE}`;
    expect(publishedOf(text)).toEqual(['2025-09-03', 'date-line', 'Wednesday, September 3, 2025']);
  });

  it('takes the date of the URL or file name', () => {
    expect(publishedOf(PROSE, { source: { url: 'https://example.org/world/2025/12/11/border-talks-resume' } })).toEqual(
      ['2025-12-11', 'locator', null],
    );
    expect(dateFromLocator({ url: 'https://example.com.mx/mundo/2025/2/19/la-marina-asegura' })).toBe('2025-02-19');
    expect(dateFromLocator({ url: 'https://example.com/las-noticias/20260112/sheinbaum-habla' })).toBe('2026-01-12');
    expect(dateFromLocator({ url: 'https://example.com/internacional/2026-01-24/acuerdan-acelerar' })).toBe(
      '2026-01-24',
    );
    expect(dateFromLocator({ url: 'https://example.com/2025/02/designa-a-seis-grupos/' })).toBe('2025-02');
    expect(dateFromLocator({ path: '/data/reports/2025-12-11-border-talks.txt' })).toBe('2025-12-11');
    expect(dateFromLocator({ url: 'https://example.com/story/5512345-mexico-extradites-26' })).toBeNull();
    expect(dateFromLocator({ path: '/data/2025/reports/notes-12.txt' })).toBeNull();
  });

  it('prefers what the user or the markup says, with its source', () => {
    expect(publishedOf(`Wednesday, September 3, 2025\n\n${PROSE}`, { published: '2025-10-02T08:00:00-06:00' })).toEqual(
      ['2025-10-02', 'metadata', null],
    );
  });

  describe('negative cases', () => {
    it.each([
      ['a dateline without a date', `Border Talks Resume\n\nWASHINGTON (AP) — ${PROSE}`],
      [
        'a place and a sentence that opens with a date',
        'Ciudad de México. Desde el 20 de enero de 2025, cuando comenzó el nuevo gobierno, las autoridades aseguraron miles de armas.',
      ],
      [
        'dates inside the first sentence',
        'Acting under the directive of March 3, 2025, the minister decided on March 14, 2025, that five groups would be listed.',
      ],
      [
        'a date line deep in the article',
        `Border Talks Resume\n\n${[1, 2, 3, 4, 5, 6, 7, 8].map(() => PROSE).join('\n\n')}\n\nMarch 3, 2025\n\n${PROSE}`,
      ],
      ['a month and day without a year', `Border Talks Resume\n\nMONTERREY, 4 de marzo (EFE).- ${PROSE}`],
    ])('%s', (_, text) => {
      expect(publishedOf(text)).toBeNull();
    });
  });
});

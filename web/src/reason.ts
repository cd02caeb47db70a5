// A proposal's reason in the chosen language. The server words it in English from three patterns
// ("shares "a", "b" with the commitment; uses the phrase "c"; names USA and MEX"); the quoted
// words are the document's and stay as they are, marked as content.
import { h } from './dom.js';
import { t } from './i18n.js';

const patterns: ReadonlyArray<readonly [RegExp, string]> = [
  [/^shares (.+) with the commitment$/, 'shares {terms} with the commitment'],
  [/^uses the phrases (.+)$/, 'uses the phrases {terms}'],
  [/^uses the phrase (.+)$/, 'uses the phrase {terms}'],
  [/^names (.+)$/, 'names {terms}'],
];

/** The reason as nodes: the app's words translated, the quoted terms and party codes as content. */
export function reasonText(reason: string): HTMLElement {
  const out = h('span.reason-text');
  reason.split('; ').forEach((part, i) => {
    if (i) out.append('; ');
    const known = patterns.find(([pattern]) => pattern.test(part));
    if (!known) return void out.append(h('span', { 'data-content': true, lang: 'en' }, part));
    const terms = known[0].exec(part)![1]!.replace(/ and (?=[A-Z]{2,3}$)/, ` ${t('and')} `);
    const [before, after] = t(known[1]).split('{terms}') as [string, string?];
    out.append(before, h('span', { 'data-content': true }, terms), after ?? '');
  });
  return out;
}

/**
 * Every written form of a lemma, so that lexicons list lemmas ("deny", "negar") and matchers still
 * compare words: forms are made once, when a matcher is built, and matching costs nothing more.
 * English: a verb's -s, -ed and -ing forms and a noun's plural, by spelling rules plus the
 * irregular table; Spanish: the conjugation of a verb in -ar/-er/-ir (every simple tense, the
 * gerund, the participle in both genders and numbers; a reflexive infinitive also with its
 * pronoun before the verb), or a noun's or adjective's plural. A phrase inflects its first word
 * ("point out" → "pointed out", "llegar a un acuerdo" → "llegaron a un acuerdo").
 *
 * Making a form that the language does not have costs nothing (no text holds it), so where a
 * spelling rule is uncertain both spellings are made.
 */
import type { LexiconLanguage } from '../../lexicons/index.js';
import {
  doublingVerbs,
  irregularPlurals,
  irregularPresents,
  irregularVerbs as englishIrregulars,
} from '../../lexicons/en/verb-forms.js';
import {
  accentedStems,
  irregularVerbs as spanishIrregulars,
  stemChanges,
  type SpanishVerbModel,
  type StemChange,
} from '../../lexicons/es/verb-forms.js';

const made = new Map<string, readonly string[]>();

/** Every form of a lemma or of a phrase whose first word is one, lower-cased, the lemma first. */
export function wordForms(lemma: string, language: LexiconLanguage): readonly string[] {
  const key = `${language}:${lemma}`;
  const known = made.get(key);
  if (known) return known;
  const lower = lemma.toLowerCase().trim();
  const space = lower.indexOf(' ');
  const head = space < 0 ? lower : lower.slice(0, space);
  const rest = space < 0 ? '' : lower.slice(space);
  const heads = language === 'es' ? spanishForms(head, rest) : englishForms(head, rest);
  const forms = [...new Set([lower, ...heads.map((form) => (form.includes(' ') && rest === '' ? form : form + rest))])];
  made.set(key, forms);
  return forms;
}

/** The forms of every lemma of a list, each once, in the list's order. */
export function allWordForms(lemmas: readonly string[], language: LexiconLanguage): readonly string[] {
  return [...new Set(lemmas.flatMap((lemma) => wordForms(lemma, language)))];
}

// ---- English ---------------------------------------------------------------------------------

const VOWEL = /[aeiouáéíóú]/;
const isVowel = (c: string | undefined) => c !== undefined && VOWEL.test(c);
const doubling = new Set(doublingVerbs);

function englishForms(word: string, rest: string): string[] {
  const phrase = word + rest;
  const forms = [word, sForm(word), ...ingForms(word)];
  const irregular = englishIrregulars[word];
  if (irregular) forms.push(...irregular[0].split('/'), ...irregular[1].split('/'));
  else forms.push(...edForms(word));
  forms.push(...(irregularPresents[word] ?? []));
  const plural = irregularPlurals[phrase] ?? irregularPlurals[word];
  if (plural) forms.push(plural.includes(' ') ? plural : plural);
  return forms;
}

function sForm(word: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Whether the last consonant doubles before -ed and -ing: a stressed final syllable of one vowel and one consonant. */
function doubles(word: string): boolean {
  if (!/[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(word)) return false;
  const vowelGroups = word.match(/[aeiouy]+/g)?.length ?? 0;
  return vowelGroups === 1 || doubling.has(word);
}

function edForms(word: string): string[] {
  if (word.endsWith('e')) return [`${word}d`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ied`];
  if (word.endsWith('c')) return [`${word}ked`, `${word}ed`];
  return doubles(word) ? [`${word}${word.at(-1)}ed`] : [`${word}ed`];
}

function ingForms(word: string): string[] {
  if (word.endsWith('ie')) return [`${word.slice(0, -2)}ying`];
  if (/[^aeiouy]e$/.test(word) && word !== 'be') return [`${word.slice(0, -1)}ing`];
  if (word.endsWith('c')) return [`${word}king`, `${word}ing`];
  return doubles(word) ? [`${word}${word.at(-1)}ing`] : [`${word}ing`];
}

// ---- Spanish ---------------------------------------------------------------------------------

const changeOf = new Map<string, StemChange>(
  (Object.entries(stemChanges) as Array<[StemChange, readonly string[]]>).flatMap(([change, verbs]) =>
    verbs.map((verb) => [verb, change] as const),
  ),
);
const accented = new Set(accentedStems);

/** The model of an irregular verb, directly or through one of its prefixes ("sostener" → "tener" with "sos"). */
function irregularModel(verb: string): { prefix: string; model: SpanishVerbModel } | null {
  const own = spanishIrregulars[verb];
  if (own) return { prefix: '', model: own };
  for (const [base, model] of Object.entries(spanishIrregulars)) {
    if (!verb.endsWith(base)) continue;
    const prefix = verb.slice(0, -base.length);
    if (model.prefixes?.includes(prefix)) return { prefix, model };
  }
  return null;
}

const PRONOUNS = ['se', 'me', 'te', 'nos', 'os'];

function spanishForms(word: string, _rest: string): string[] {
  const reflexive = /(ar|er|ir|ír)se$/.test(word);
  const verb = reflexive ? word.slice(0, -2) : word;
  if (!/(ar|er|ir|ír)$/.test(verb) || verb.length < 3) return spanishPlurals(word);
  const forms = conjugate(verb);
  if (!reflexive) return forms;
  // "comprometerse" is written "se comprometió", "nos comprometemos", "comprometiéndose".
  const withPronoun = forms.flatMap((form) => PRONOUNS.map((pronoun) => `${pronoun} ${form}`));
  const gerund = forms.find((form) => form.endsWith('ndo'));
  const attached = gerund ? [`${accentBeforeLast(gerund, 'ndo')}se`] : [];
  return [word, ...attached, ...withPronoun];
}

/** A noun's or adjective's forms: itself, its plural, and both genders of an adjective in -o. */
function spanishPlurals(word: string): string[] {
  const forms = [word];
  if (/[aeiouáéó]$/.test(word)) forms.push(`${word}s`);
  else if (word.endsWith('z')) forms.push(`${word.slice(0, -1)}ces`);
  else if (/[áéíóú]n$|[áéíóú]s$/.test(word)) forms.push(`${stripAccents(word)}es`);
  else if (/[a-zñ]$/.test(word)) forms.push(`${word}es`);
  if (word.endsWith('o')) forms.push(`${word.slice(0, -1)}a`, `${word.slice(0, -1)}as`);
  return forms;
}

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };
const PLAIN: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };
const stripAccents = (word: string) => word.replace(/[áéíóú]/g, (c) => PLAIN[c] ?? c);

/** Puts an accent on the vowel before a suffix ("pidiendo" + "se" → "pidiéndose"). */
function accentBeforeLast(form: string, suffix: string): string {
  const at = form.length - suffix.length - 1;
  const vowel = form[at];
  return vowel && ACCENTED[vowel] ? form.slice(0, at) + ACCENTED[vowel] + form.slice(at + 1) : form;
}

/** Replaces the stem's last e or o (or u, for "jugar") by its stressed or weak change. */
function changeStem(stem: string, change: StemChange, strength: 'strong' | 'weak'): string {
  const at = Math.max(stem.lastIndexOf('e'), stem.lastIndexOf('o'), change === 'ue' ? stem.lastIndexOf('u') : -1);
  if (at < 0) return stem;
  const vowel = stem[at];
  let replacement: string;
  if (strength === 'weak') replacement = vowel === 'e' ? 'i' : 'u';
  else if (change === 'i') replacement = 'i';
  else if (change === 'ie' || change === 'ie-i') replacement = vowel === 'e' ? 'ie' : 'ue';
  else replacement = 'ue';
  // "erguir" → "yergue": an initial ie is written ye.
  if (replacement === 'ie' && at === 0) replacement = 'ye';
  return stem.slice(0, at) + replacement + stem.slice(at + 1);
}

/** Puts an accent on the stem's last i or u where the stem is stressed ("envi" → "enví"). */
function accentStem(stem: string): string {
  const at = Math.max(stem.lastIndexOf('i'), stem.lastIndexOf('u'));
  return at < 0 ? stem : stem.slice(0, at) + (ACCENTED[stem[at]!] ?? stem[at]) + stem.slice(at + 1);
}

/**
 * Joins a stem and an ending with Spanish spelling: c/g/z/gu before e, g/c before a and o, the y
 * of vowel stems ("construyó", "leyendo") and the accent of "leído".
 */
function join(stem: string, ending: string, verb: string): string {
  const first = ending[0] ?? '';
  const front = first === 'e' || first === 'é';
  const back = first === 'a' || first === 'o' || first === 'á' || first === 'ó';
  if (front && verb.endsWith('car')) return `${stem.slice(0, -1)}qu${ending}`;
  if (front && verb.endsWith('guar')) return `${stem.slice(0, -1)}ü${ending}`;
  if (front && verb.endsWith('gar')) return `${stem}u${ending}`;
  if (front && verb.endsWith('zar')) return `${stem.slice(0, -1)}c${ending}`;
  if (back && /guir$/.test(verb) && stem.endsWith('gu')) return `${stem.slice(0, -1)}${ending}`;
  if (back && /[gG](er|ir)$/.test(verb) && stem.endsWith('g')) return `${stem.slice(0, -1)}j${ending}`;
  if (back && /c(er|ir)$/.test(verb) && stem.endsWith('c')) {
    const before = stem.at(-2);
    return isVowel(before) ? `${stem.slice(0, -1)}zc${ending}` : `${stem.slice(0, -1)}z${ending}`;
  }
  const vowelStem = /[aeoáéó]$/.test(stem) || (/uir$/.test(verb) && !/[gq]uir$/.test(verb) && stem.endsWith('u'));
  if (vowelStem) {
    // An unstressed i between vowels is written y: "construyó", "leyeron", "oyendo".
    if (first === 'i' && isVowel(ending[1])) return `${stem}y${ending.slice(1)}`;
    // -uir verbs put a y before every ending that does not open with i: "construyo", "construye".
    if (/uir$/.test(verb) && stem.endsWith('u') && (front || back)) return `${stem}y${ending}`;
    // "leído", "leíste", "creímos": the i stays a vowel of its own.
    if (first === 'i' && !/uir$/.test(verb)) return `${stem}í${ending.slice(1)}`;
  }
  return stem + ending;
}

const PRESENT: Record<'ar' | 'er' | 'ir', readonly string[]> = {
  ar: ['o', 'as', 'a', 'amos', 'áis', 'an'],
  er: ['o', 'es', 'e', 'emos', 'éis', 'en'],
  ir: ['o', 'es', 'e', 'imos', 'ís', 'en'],
};
const SUBJUNCTIVE: Record<'ar' | 'er' | 'ir', readonly string[]> = {
  ar: ['e', 'es', 'e', 'emos', 'éis', 'en'],
  er: ['a', 'as', 'a', 'amos', 'áis', 'an'],
  ir: ['a', 'as', 'a', 'amos', 'áis', 'an'],
};
const PRETERITE: Record<'ar' | 'er' | 'ir', readonly string[]> = {
  ar: ['é', 'aste', 'ó', 'amos', 'asteis', 'aron'],
  er: ['í', 'iste', 'ió', 'imos', 'isteis', 'ieron'],
  ir: ['í', 'iste', 'ió', 'imos', 'isteis', 'ieron'],
};
const STRONG_PRETERITE = ['e', 'iste', 'o', 'imos', 'isteis', 'ieron'];
const IMPERFECT: Record<'ar' | 'er' | 'ir', readonly string[]> = {
  ar: ['aba', 'abas', 'ábamos', 'abais', 'aban'],
  er: ['ía', 'ías', 'íamos', 'íais', 'ían'],
  ir: ['ía', 'ías', 'íamos', 'íais', 'ían'],
};
const FUTURE = ['é', 'ás', 'á', 'emos', 'éis', 'án'];
const CONDITIONAL = ['ía', 'ías', 'íamos', 'íais', 'ían'];
/** Persons whose stem is stressed in the present: first, second and third singular, third plural. */
const STRESSED = new Set([0, 1, 2, 5]);

function conjugate(infinitive: string): string[] {
  const irregular = irregularModel(infinitive);
  const model = irregular?.model ?? {};
  const prefix = irregular?.prefix ?? '';
  const ending = stripAccents(infinitive.slice(-2)) as 'ar' | 'er' | 'ir';
  const stem = infinitive.slice(0, -2);
  const change =
    model.stemChange ??
    changeOf.get(infinitive) ??
    (irregular ? changeOf.get(infinitive.slice(prefix.length)) : undefined);
  const accent = accented.has(infinitive);
  const strongStem = (person: number) => {
    if (!STRESSED.has(person)) return stem;
    if (change) return changeStem(stem, change, 'strong');
    return accent ? accentStem(stem) : stem;
  };
  const weakChange = change === 'i' || change === 'ie-i' || change === 'ue-u';
  const weakStem = weakChange && change ? changeStem(stem, change, 'weak') : stem;
  const forms: string[] = [infinitive];
  const withPrefix = (form: string) => prefix + form;

  // Present indicative.
  PRESENT[ending].forEach((suffix, person) => {
    if (person === 0 && model.firstPerson) forms.push(withPrefix(model.firstPerson));
    else forms.push(join(strongStem(person), suffix, infinitive));
  });
  // Present subjunctive: on the first person's stem when it is irregular ("tengo" → "tenga").
  const subjunctiveStem = model.firstPerson?.endsWith('o') ? withPrefix(model.firstPerson.slice(0, -1)) : null;
  SUBJUNCTIVE[ending].forEach((suffix, person) => {
    if (subjunctiveStem) forms.push(subjunctiveStem + suffix);
    else forms.push(join(STRESSED.has(person) ? strongStem(person) : weakChange ? weakStem : stem, suffix, infinitive));
  });
  // Preterite: strong stems take their own endings ("tuvo", "dijeron"); weak changes reach its third persons.
  let preteriteThirdPlural: string;
  if (model.preterite) {
    const strong = withPrefix(model.preterite);
    STRONG_PRETERITE.forEach((suffix) =>
      forms.push(strong + (strong.endsWith('j') && suffix === 'ieron' ? 'eron' : suffix)),
    );
    preteriteThirdPlural = strong + (strong.endsWith('j') ? 'eron' : 'ieron');
  } else {
    PRETERITE[ending].forEach((suffix, person) =>
      forms.push(join(person === 2 || person === 5 ? weakStem : stem, suffix, infinitive)),
    );
    preteriteThirdPlural = join(weakStem, PRETERITE[ending][5]!, infinitive);
  }
  // Imperfect subjunctive, built on the preterite's third person plural ("pidieron" → "pidiera").
  const base = preteriteThirdPlural.slice(0, -3);
  for (const suffix of ['ra', 'ras', 'ran', 'se', 'ses', 'sen']) forms.push(base + suffix);
  forms.push(`${accentBeforeLast(`${base}ramos`, 'ramos')}`, `${accentBeforeLast(`${base}semos`, 'semos')}`);
  // Imperfect.
  for (const suffix of IMPERFECT[ending]) forms.push(join(stem, suffix, infinitive));
  // Future and conditional.
  const future = model.future ? withPrefix(model.future) : stripAccents(infinitive);
  for (const suffix of FUTURE) forms.push(future + suffix);
  for (const suffix of CONDITIONAL) forms.push(future + suffix);
  // Gerund and participle.
  forms.push(model.gerund ? withPrefix(model.gerund) : join(weakStem, ending === 'ar' ? 'ando' : 'iendo', infinitive));
  const participle = model.participle
    ? withPrefix(model.participle)
    : join(stem, ending === 'ar' ? 'ado' : 'ido', infinitive);
  const participleStem = participle.slice(0, -1);
  forms.push(participle, `${participleStem}a`, `${participleStem}os`, `${participleStem}as`);
  // Imperatives of the second persons.
  forms.push(join(strongStem(2), PRESENT[ending][2]!, infinitive), `${stripAccents(infinitive).slice(0, -1)}d`);
  for (const form of model.extra ?? []) forms.push(withPrefix(form));
  return forms;
}

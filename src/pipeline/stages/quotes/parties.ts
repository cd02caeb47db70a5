/**
 * Speakers that are a country's government or both governments at once: "las autoridades
 * mexicanas", "the Mexican government" speak as the Government of Mexico; "both leaders", "las
 * delegaciones", "they" after the two sides' officials have been named, speak for the Governments of
 * both countries (a joint statement). The speaker keeps the span of the words and is named as the
 * government, in English, as entities are.
 */
import type { Mention, Span } from '../../../core/index.js';
import {
  countryName,
  countryNames,
  nameLexicons,
  speechLexicons,
  type SpeechLexicon,
} from '../../../lexicons/index.js';
import type { Speaker } from './speaker-phrases.js';

interface PartyWords {
  /** Country adjectives and "de México"-like phrases, lower case, to country codes. */
  readonly adjectives: ReadonlyMap<string, string>;
  /** Country names, lower case, to codes. */
  readonly countries: ReadonlyMap<string, string>;
  readonly governmentHeads: ReadonlySet<string>;
  readonly jointGroups: readonly string[];
  readonly pluralPronouns: ReadonlySet<string>;
}

let words: PartyWords | null = null;

function partyWords(): PartyWords {
  if (words) return words;
  const speech = Object.values(speechLexicons) as SpeechLexicon[];
  const adjectives = new Map<string, string>();
  for (const lexicon of Object.values(nameLexicons))
    for (const [adjective, code] of Object.entries(lexicon.countryAdjectives))
      adjectives.set(adjective.toLowerCase(), code);
  const countries = new Map<string, string>();
  for (const [name, code] of countryNames()) countries.set(name.toLowerCase(), code);
  words = {
    adjectives,
    countries,
    governmentHeads: new Set(speech.flatMap((l) => l.governmentHeads)),
    jointGroups: speech.flatMap((l) => l.jointGroups),
    pluralPronouns: new Set(speech.flatMap((l) => [...l.pluralPronouns, ...l.pluralPossessives])),
  };
  return words;
}

/** "the Government of Mexico", "the Governments of Mexico and the United States": a country's English name, with "the" where it takes one. */
const withArticle = (code: string) => {
  const name = countryName(code);
  return /^(?:United|Netherlands|Philippines)/u.test(name) ? `the ${name}` : name;
};

/** The country a phrase names alone: "mexicanas", "de los Estados Unidos", "of Mexico", "Mexico's", "U.S.". */
function countryOf(phrase: string): string | null {
  const { adjectives, countries } = partyWords();
  const p = phrase
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/['’]s$/u, '');
  const bare = p.replace(/^(?:of|de|del)\s+/u, '').replace(/^(?:the|los|las|el|la)\s+/u, '');
  return adjectives.get(p) ?? countries.get(bare) ?? (bare !== p ? (adjectives.get(`de ${bare}`) ?? null) : null);
}

/**
 * The government a group phrase names: a head such as "government" or "autoridades" with only a
 * country beside it ("las autoridades mexicanas", "the Mexican government", "el gobierno de México");
 * null for anything else ("the Trump administration", "Mexico's military authorities").
 */
export function governmentOf(phrase: string): string | null {
  const { governmentHeads } = partyWords();
  const tokens = phrase.replace(/^(?:the|el|la|los|las)\s+/iu, '').split(/\s+/u);
  const head = tokens.findIndex((t) => governmentHeads.has(t.toLowerCase()));
  if (head < 0) return null;
  const before = tokens.slice(0, head).join(' ');
  const after = tokens.slice(head + 1).join(' ');
  if (before && after) return null;
  const country = before || after ? countryOf(before || after) : null;
  return country ? `Government of ${withArticle(country)}` : null;
}

/** A group's words as its speaker: a government by its name, else the words themselves. */
export function groupSpeaker(span: Span, phrase: string): Speaker {
  return { span, text: governmentOf(phrase) ?? phrase };
}

/** Characters before a joint speaker within which the people (or countries) it stands for are named. */
const JOINT_REACH = 900;

/**
 * The joint speaker a description stands for: "Both leaders", "Las delegaciones", "The two
 * officials", when the people or countries named in the text just before it (its paragraph and the
 * one before) belong to two countries; null otherwise.
 */
export function jointSpeaker(
  text: string,
  speaker: Speaker,
  mentions: readonly Mention[],
  paragraphStart: number,
): Speaker | null {
  if (!isJointGroup(speaker.text)) return null;
  const from = Math.max(0, paragraphStart - JOINT_REACH, speaker.span.start - JOINT_REACH);
  const countries = new Set<string>();
  for (let k = firstEndingAfter(mentions, from); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.end > speaker.span.start) break;
    if (m.start >= from && m.country && (m.kind === 'person' || m.kind === 'country')) countries.add(m.country);
  }
  return countries.size === 2 ? joint(speaker.span, [...countries]) : null;
}

/** Whether a speaker stands for the group last quoted: "they", "their statement", "sus declaraciones". */
export function isPluralReference(speaker: Speaker): boolean {
  const first = speaker.text.toLowerCase().split(/\s+/u)[0] ?? '';
  return partyWords().pluralPronouns.has(first);
}

function joint(span: Span, codes: readonly string[]): Speaker {
  const names = codes.map(withArticle).sort((a, b) => a.replace(/^the /u, '').localeCompare(b.replace(/^the /u, '')));
  return { span, text: `Governments of ${names.join(' and ')}` };
}

/** Whether a speaker is a joint one. */
export const isJoint = (speaker: Speaker | null): boolean =>
  speaker !== null && speaker.text.startsWith('Governments of ');

/** Whether a speaker's words describe both sides together ("Both leaders", "Las delegaciones"). */
export function isJointGroup(words: string): boolean {
  const lower = words.toLowerCase();
  return partyWords().jointGroups.some((g) => lower === g || lower.startsWith(`${g} `));
}

/** Index of the first of sorted `mentions` starting at or after `at`. */
function firstEndingAfter(mentions: readonly Mention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

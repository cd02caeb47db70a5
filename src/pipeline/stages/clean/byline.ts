import type { Located, Span } from '../../../core/index.js';
import { furnitureLexicons } from '../../../lexicons/index.js';
import { escape } from '../../common/patterns.js';

const cues = [...new Set(Object.values(furnitureLexicons).flatMap((l) => l.bylineCues))].sort(
  (a, b) => b.length - a.length,
);
// "by X and Y", "By X, Y and Z", "Por X y Z": the cue must start the line or follow a space.
const BYLINE = new RegExp(`(?:^|[\\s|·•,-])(?:${cues.map(escape).join('|')})\\s+(?=\\p{Lu})`, 'iu');
const SEPARATOR = /\s*,\s*(?:and\s+|y\s+)?|\s+(?:and|y|&)\s+/gu;
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'van',
  'von',
  'der',
  'den',
  'da',
  'das',
  'dos',
  'di',
  'le',
  'du',
  'bin',
  'al',
]);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const DESK_WORDS = new Set(Object.values(furnitureLexicons).flatMap((l) => l.deskWords));

/** Whether a phrase has the shape of a person's name: 2–6 capitalised words, Spanish particles allowed. */
export function isPersonNameShape(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last)) return false;
  return words.every((word) => NAME_WORD.test(word) || PARTICLES.has(word.toLowerCase()));
}

/** Whether a line is a newsroom's byline ("By Staff Reporters", "Por Redacción"): metadata, though it names nobody. */
export function isDeskByline(text: string, line: Span): boolean {
  const value = text.slice(line.start, line.end).trim();
  const cue = BYLINE.exec(value);
  if (!cue || cue.index !== 0) return false;
  const words = value.slice(cue[0].length).split(/\s+/u);
  return words.length <= 6 && words.some((word) => DESK_WORDS.has(word.toLowerCase()));
}

/** Finds the authors named in a byline line, each with its span; empty when the line is not a byline. */
export function findAuthors(text: string, line: Span): Located<string>[] {
  const value = text.slice(line.start, line.end);
  const cue = BYLINE.exec(value);
  if (!cue) return [];
  const namesStart = cue.index + cue[0].length;
  const authors: Located<string>[] = [];
  // "By Ana Ruiz · March 2, 2026": a bullet, bar or dash ends the names.
  const names = value.slice(namesStart).split(/\s+[·•|—–-]\s+/u)[0]!;
  const pieces: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (const match of names.matchAll(SEPARATOR)) {
    pieces.push({ start: last, end: match.index });
    last = match.index + match[0].length;
  }
  pieces.push({ start: last, end: names.length });
  // "By Rosa Elvira Tapia, Coast Herald": a comma without an "and" sets off the author's outlet or firm.
  if (pieces.length === 2 && !/\s(?:and|y|&)\s/u.test(names)) pieces.pop();
  for (const piece of pieces) {
    const raw = names.slice(piece.start, piece.end).replace(/[\s.|]+$/u, '');
    if (!isPersonNameShape(raw)) break;
    // "Por Redacción Frontera", "By Staff Reporters": a newsroom signs, not a person.
    if (raw.split(/\s+/).some((word) => DESK_WORDS.has(word.toLowerCase()))) break;
    const pieceStart = namesStart + piece.start;
    const start = line.start + pieceStart;
    authors.push({ value: raw, span: { start, end: start + raw.length } });
  }
  return authors;
}

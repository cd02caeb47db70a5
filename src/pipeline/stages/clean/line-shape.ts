import { furnitureLexicons } from '../../../lexicons/index.js';
import { countWords, foldForLookup, stripAccents } from '../../../text/normalize.js';
import { ownCopy } from '../../../text/own-copy.js';

// All languages at once: furniture is often in the site's language, not the article's.
const lexicons = Object.values(furnitureLexicons);
const fold = (value: string) => stripAccents(foldForLookup(value));
const phraseSet = (pick: (l: (typeof lexicons)[number]) => readonly string[]) =>
  new Set(lexicons.flatMap(pick).map(fold));

const prompts = phraseSet((l) => l.prompts);
const links = phraseSet((l) => l.links);
// With their trailing space: a lead opens a phrase only as a whole word.
const leads = [...phraseSet((l) => l.leads)].sort((a, b) => b.length - a.length).map((lead) => `${lead} `);
const listHeadings = phraseSet((l) => l.listHeadings);
const widgets = phraseSet((l) => l.widgets);
const noticeWords = phraseSet((l) => l.noticeWords);

// Weather and market widgets: a temperature, or a ticker's signed percentage or arrows.
const WIDGET_READING = /\d\s?°\s?[CF]?\b|[▲▼]|(?:^|\s)[+−-]\d+(?:[.,]\d+)?\s?%/u;

const EDGE_PUNCTUATION = /^[\s\p{Pd}|•·›»→>*#]+|[\s.…:;!?»"'”’|•·›\p{Pd}]+$/gu;
const MENU_GAP = /[ \t\u00a0\u2007\u202f]{2,}|\s[|•·]\s|\t/;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** Longer than any prompt of sixteen words or fewer, with room for long words and spacing; list headings and widget names are shorter still. */
const MAX_PROMPT_LENGTH = 240;

// Both outlive the document: their keys and values are copies, never cuts of the document's text (see
// own-copy.ts), or an analysis thread would keep the whole text of each of the last 20,000
// documents it read (a line unique to each, its headline, suffices).
const folds = new Map<string, string>();
const cores = new Map<string, string>();

/** A line folded (see `fold`): folding takes three Unicode normalisations, and each short line is folded by several tests. */
function folded(line: string): string {
  let value = folds.get(line);
  if (value === undefined) {
    if (folds.size > 20_000) folds.clear();
    value = ownCopy(fold(line));
    folds.set(ownCopy(line), value);
  }
  return value;
}

/** A line's text reduced to the words a furniture lexicon lists; each line is asked about several times. */
function core(line: string): string {
  let value = cores.get(line);
  if (value === undefined) {
    if (cores.size > 20_000) cores.clear();
    value = ownCopy(folded(line).replace(EDGE_PUNCTUATION, ''));
    cores.set(ownCopy(line), value);
  }
  return value;
}

function withoutLeads(phrase: string): string {
  for (const lead of leads) {
    if (phrase.startsWith(lead)) return withoutLeads(phrase.slice(lead.length));
  }
  return phrase;
}

/** A call to action ("Share.", "Register to sample a report", "Now read on..."), or a copyright line. */
export function isPrompt(line: string): boolean {
  // Leading spaces skipped by the pattern, not by trimming: a copy of every paragraph would cost more than the test.
  if (/^\s*(?:©|\(c\)\s*\d{4}|copyright\b)/i.test(line)) return true;
  // "Read more: How the group works", "Lee también: …": a prompt that introduces a headline.
  const colon = line.indexOf(':');
  if (colon > 0 && colon < 30 && countWords(line, 20) <= 20) {
    const lead = withoutLeads(core(line.slice(0, colon)));
    if (prompts.has(lead) || listHeadings.has(lead)) return true;
  }
  // A prompt is a few words; folding a whole paragraph to learn that it is not one costs more than the rest of the test.
  if (line.length > MAX_PROMPT_LENGTH) return false;
  const phrase = withoutLeads(core(line));
  if (!phrase) return false;
  if (prompts.has(phrase)) return true;
  const words = phrase.split(' ');
  if (words.length > 16 || /\d/.test(phrase)) return false;
  for (let take = Math.min(4, words.length - 1); take >= 1; take--) {
    if (prompts.has(words.slice(0, take).join(' ')) && links.has(words[take] ?? '')) return true;
  }
  return false;
}

/** A site notice: a short line about cookies or the site's newsletter, wherever it stands. */
export function isNotice(line: string): boolean {
  const words = countWords(line, 30);
  if (words > 30) return false;
  const lineWords = folded(line).split(/[^\p{L}]+/u);
  return (
    lineWords.some((word) => noticeWords.has(word)) &&
    (words <= 14 || lineWords.some((word) => word === 'cookie' || word === 'cookies'))
  );
}

/** A widget's reading: a temperature or a market ticker ("Partly cloudy 19°C", "DOW ▲ 0.4%"). */
export function isWidgetReading(line: string): boolean {
  return countWords(line, 8) <= 8 && WIDGET_READING.test(line);
}

/** A heading that introduces a list of other articles ("Related:", "Most read"). */
export function isListHeading(line: string): boolean {
  // Asked of every line: folding a paragraph to learn that it is not a heading costs more than the rest of the stage.
  return line.length <= MAX_PROMPT_LENGTH && listHeadings.has(withoutLeads(core(line)));
}

/** A widget's name standing alone ("Weather", "Markets"). */
export function isWidgetName(line: string): boolean {
  return line.length <= MAX_PROMPT_LENGTH && widgets.has(core(line));
}

/** Short items set apart by wide gaps, bars or bullets ("Home | World | Business"). */
export function isMenu(line: string): boolean {
  if (!MENU_GAP.test(line)) return false;
  const items = line
    .split(new RegExp(MENU_GAP.source, 'g'))
    .map((item) => item.trim())
    .filter(Boolean);
  // Items set apart by a bar may be longer: "Security Cabinet of the Government of Mexico  |  Joint Statement 112/2026".
  const barred = /\s[|•·]\s/.test(line);
  if (items.length < 2 || items.some((item) => countWords(item, 8) > (barred ? 8 : 4) || SENTENCE_END.test(item)))
    return false;
  // Two items suffice when a bar or bullet sets them apart ("Office of Public Affairs | Press Release").
  return items.length >= 3 || /\s[|•·]\s/.test(line) || items.some((item) => isWidgetName(item) || isPrompt(item));
}

/** Ends like a sentence and is long enough to be one. */
export function isProse(line: string): boolean {
  const words = countWords(line, 25);
  return words >= 25 || (words >= 6 && SENTENCE_END.test(line.trim()));
}

/** Could be a headline or heading: a few capitalised words, not ending like a clause. */
export function isHeadlineLike(line: string, minWords = 3): boolean {
  const trimmed = line.trim();
  const words = countWords(trimmed, 30);
  if (words < minWords || words > 30) return false;
  if (/[,;:]$/.test(trimmed) || (/\.$/.test(trimmed) && !/\.\.\.$|…$/.test(trimmed) && words > 3)) return false;
  return /^[\p{Lu}\p{N}"'“‘«¿¡(]/u.test(trimmed);
}

/** A short fragment without sentence structure, as widgets and credits are. */
export function isFragment(line: string, maxWords = 5): boolean {
  return countWords(line, maxWords) <= maxWords && !isProse(line);
}

/**
 * Sets `measures`, what is counted, in the text's words: a count's noun with its "of"/"de" phrase
 * ("armas de fuego"), what a unit weighs or spans ("1,500 kilograms of methamphetamine" →
 * "methamphetamine", "2,000-mile border" → "border"), and for money and shares the phrase after
 * "in"/"of" ("$1.9 billion in bilateral trade") or else on the left ("bilateral trade reaching $798 billion").
 */
import type { FigureCandidate, FigureContext } from '../candidate.js';

const OF_LINK = /^\s+(?:of|de|del)\s+/iu;
const MONEY_LINK = /^\s+(?:worth\s+of|of|in|for|on|en|de|del|para|por)\s+/iu;
const ARTICLE = /^(?:the|a|an|its|their|el|la|los|las|un|una|su|sus)$/iu;
const LEADING_LINK = /^(?:of|de)\s+/iu;
const HYPHENATED = /^\s*-/u;
const WORD = /[\p{L}][\p{L}\p{N}'’.-]*/uy;

/** A stretch of the text read as a phrase: its words and where it ends. */
interface Phrase {
  readonly words: readonly string[];
  readonly end: number;
}

/** Sets `measures` on each figure of a sentence. */
export function measures(figures: FigureCandidate[], context: FigureContext): void {
  for (const figure of figures) {
    // Set already where the recognizer knew it ("Anaya Lugo, 51," → age) or a unit was lent.
    if (figure.measures !== null) continue;
    if (figure.kind === 'count') {
      const link = OF_LINK.exec(context.text.slice(figure.end, Math.min(context.end, figure.end + 8)));
      const phrase = link ? phraseAt(figure.end + link[0].length, context) : null;
      const counted = context.text
        .slice(figure.numberEnd, phrase?.end ?? figure.end)
        .trim()
        .replace(LEADING_LINK, '');
      figure.measures = counted || null;
    } else if (
      figure.kind === 'measure' &&
      context.text[figure.end - 1] !== '%' &&
      HYPHENATED.test(context.text.slice(figure.numberEnd, figure.end))
    ) {
      // "a 2,000-mile border": the unit qualifies the noun that follows.
      figure.measures = joined(phraseAt(figure.end, context));
    } else {
      const link = (figure.kind === 'money' ? MONEY_LINK : OF_LINK).exec(
        context.text.slice(figure.end, Math.min(context.end, figure.end + 12)),
      );
      figure.measures =
        (link ? joined(phraseAt(figure.end + link[0].length, context)) : null) ?? leftPhrase(figure, context);
    }
  }
}

function joined(phrase: Phrase | null): string | null {
  return phrase ? phrase.words.join(' ') : null;
}

/** Up to four content words from `at` on, skipping a leading article. */
function phraseAt(at: number, context: FigureContext): Phrase | null {
  const words: string[] = [];
  let position = skipSpace(context.text, at);
  let end = position;
  while (words.length < 4 && position < context.end) {
    WORD.lastIndex = position;
    const match = WORD.exec(context.text);
    if (!match) break;
    const word = match[0].replace(/\.$/u, '');
    const lower = word.toLowerCase();
    if (words.length === 0 && ARTICLE.test(lower)) {
      position = skipSpace(context.text, position + match[0].length);
      continue;
    }
    // A participle after the noun starts a clause of its own ("trade flowing across it").
    if (context.vocabulary.stop.has(lower) || (words.length > 0 && /(?:ing|ando|iendo)$/u.test(lower))) break;
    words.push(word);
    end = position + word.length;
    const next = position + match[0].length;
    if (match[0].endsWith('.') || context.text[next] !== ' ') break;
    position = next + 1;
  }
  return words.length ? { words, end } : null;
}

/** Up to three content words before the figure (its qualifier is inside its span), past a linking verb such as "reaching". */
function leftPhrase(figure: FigureCandidate, context: FigureContext): string | null {
  const before = context.text.slice(Math.max(context.start, figure.start - 80), figure.start);
  const tokens = before.split(/\s+/u).filter(Boolean);
  const links = context.vocabulary.leftLinks.get(tokens.at(-1)?.toLowerCase() ?? '') ?? [];
  const link = links.find(
    (parts) =>
      parts.length <= tokens.length &&
      parts.every((part, i) => tokens[tokens.length - parts.length + i]?.toLowerCase() === part),
  );
  if (link) tokens.splice(tokens.length - link.length);
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < 3; i--) {
    const token = tokens[i] ?? '';
    if (/[,;:.!?)"”]$/u.test(token) || !/^[\p{L}][\p{L}\p{N}'’.-]*$/u.test(token)) break;
    if (context.vocabulary.stop.has(token.toLowerCase())) break;
    words.unshift(token);
  }
  return words.length ? words.join(' ') : null;
}

function skipSpace(text: string, at: number): number {
  while (text[at] === ' ') at++;
  return at;
}

import type { Sentence, Span } from '../../../core/index.js';
import { wordsOf, type PhraseMatch } from '../../common/phrase-matcher.js';
import { actionAfter } from './action.js';
import type { CommitmentVocabulary, CueKind } from './vocabulary.js';
import { wordIndexAt } from './words.js';

/** One item of a numbered or bulleted list: its text from the marker, the act it names, and its last sentence. */
export interface ListItem extends Span {
  readonly action: Span;
  readonly lastSentence: number;
}

/**
 * What follows a line that ends with a colon: items that carry their own cues ("Mexico will …"),
 * which are the commitments; numbered or bulleted items, each an undertaking of the line's parties;
 * or bare lines ("Fortalecer la cooperación.") that continue the line, folded into its act.
 */
export type ListShape =
  | { readonly kind: 'own' }
  | { readonly kind: 'marked'; readonly items: readonly ListItem[] }
  | { readonly kind: 'folded'; readonly end: number };

/** Items taken into one list, at most. */
const MAX_ITEMS = 12;
/** "1.", "2)", "a)", "-", "•": what opens a numbered or bulleted item. */
const MARKER = /^(?:\d{1,2}[.)]|\p{Ll}\)|[-•–*·])(?=\s|$)/u;

/** The shape of the list a sentence ending with a colon introduces. */
export function listAfter(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  cuesOf: (sentence: Span) => readonly PhraseMatch<CueKind>[],
  vocabulary: CommitmentVocabulary,
): ListShape {
  const next = sentences[index + 1];
  if (next && MARKER.test(text.slice(next.start, next.start + 4)))
    return { kind: 'marked', items: markedItems(text, sentences, index + 1) };
  const words = wordsOf(text);
  let end = sentences[index]!.end;
  for (let k = index + 1; k <= index + MAX_ITEMS && k < sentences.length; k++) {
    const item = sentences[k]!;
    if (item.paragraph === sentences[k - 1]!.paragraph) break;
    if (cuesOf(item).length) {
      if (k === index + 1) return { kind: 'own' };
      break;
    }
    // "The talks ended …": a line that opens with a determiner is the story going on, not an item.
    if (vocabulary.determiners.has(words[wordIndexAt(words, item.start)]?.folded ?? '')) break;
    end = item.end;
  }
  return { kind: 'folded', end };
}

/** The items from sentence `first` on: one a paragraph, each opening with a marker. */
function markedItems(text: string, sentences: readonly Sentence[], first: number): ListItem[] {
  const items: ListItem[] = [];
  for (let k = first; k < sentences.length && items.length < MAX_ITEMS;) {
    const opening = sentences[k]!;
    const marker = MARKER.exec(text.slice(opening.start, opening.start + 4));
    if (!marker) break;
    let last = k;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === opening.paragraph) last++;
    const action = actionAfter(text, opening.start + marker[0].length, sentences[last]!.end);
    if (action) items.push({ start: opening.start, end: sentences[last]!.end, action, lastSentence: last });
    k = last + 1;
  }
  return items;
}

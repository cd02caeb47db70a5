import type { PhraseMatch } from '../../common/phrase-matcher.js';
import type { CommitmentVocabulary, CueKind } from './vocabulary.js';

/** Every future-tense verb of a text that is not a prediction ("será"), in text order; none where the future is a word. */
export function futureVerbs(text: string, vocabulary: CommitmentVocabulary): PhraseMatch<CueKind>[] {
  const found: PhraseMatch<CueKind>[] = [];
  // Looking for the ending first is far cheaper than a pattern tried at every letter.
  for (const ending of vocabulary.futureEndings) {
    for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + ending.length)) {
      const end = at + ending.length;
      if (end < text.length && LETTER.test(text[end]!)) continue;
      let start = at;
      while (start > 0 && LETTER.test(text[start - 1]!)) start--;
      if (at - start < 2) continue;
      const phrase = text.slice(start, end).toLowerCase();
      if (!vocabulary.futureExceptions.has(phrase)) found.push({ start, end, phrase, value: 'future' });
    }
  }
  return vocabulary.futureEndings.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

const LETTER = /\p{L}/u;

/**
 * The cues of a sentence, with the future-tense verbs inside it that no cue covers, in text order.
 * A phrase that silences a cue ("political will") covers it and is left out.
 */
export function cuesIn(
  text: string,
  start: number,
  end: number,
  vocabulary: CommitmentVocabulary,
  futures: readonly PhraseMatch<CueKind>[],
): PhraseMatch<CueKind>[] {
  const all = vocabulary.cues.findAll(text, start, end);
  const found = all.filter((c): c is PhraseMatch<CueKind> => c.value !== null);
  if (!futures.length) return found;
  const inside = futures.filter(
    (f) => f.start >= start && f.end <= end && !all.some((c) => c.start < f.end && f.start < c.end),
  );
  return inside.length ? [...found, ...inside].sort((a, b) => a.start - b.start) : found;
}

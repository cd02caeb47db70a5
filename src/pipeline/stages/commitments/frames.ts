import type { Span } from '../../../core/index.js';
import { wordsOf, type PhraseMatch, type Word } from '../../common/phrase-matcher.js';
import type { CommitmentVocabulary, CueKind } from './vocabulary.js';
import { hasEnding, wordIndexAt } from './words.js';

/** How far a directive's link, an aim's copula and a programme's purpose link may stand from their cue, in words. */
const DIRECTIVE_REACH = 8;
const AIM_REACH = 16;
const PURPOSE_REACH = 3;

/**
 * Where the act of a frame cue begins, or null when the sentence does not complete the frame:
 * "directs the Secretary to designate …" (a link, then a verb), "the goal of the plan is to …"
 * (a copula), "a strategy to dismantle …" (a purpose clause), "the agreement includes …" (an
 * agreement named before the verb). Other cues begin their act right after themselves.
 */
export function frameAction(
  text: string,
  sentence: Span,
  cue: PhraseMatch<CueKind | null>,
  vocabulary: CommitmentVocabulary,
): number | null {
  if (cue.value !== 'directive' && cue.value !== 'aim' && cue.value !== 'purpose' && cue.value !== 'content')
    return cue.end;
  const words = wordsOf(text);
  const after = wordIndexAt(words, cue.end);
  const within = (k: number) => k < words.length && words[k]!.end <= sentence.end;
  switch (cue.value) {
    case 'directive':
      // "The order directs …": the noun is not the directive; the verb after it is.
      if (within(after) && vocabulary.directiveForms.has(words[after]!.folded)) return null;
      for (let k = after; k < after + DIRECTIVE_REACH && within(k); k++) {
        if (
          vocabulary.directiveLinks.has(words[k]!.folded) &&
          within(k + 1) &&
          isVerb(words, k + 1, vocabulary, DIRECTIVE_REACH)
        )
          return cue.end;
      }
      return null;
    case 'aim':
      for (let k = after; k < after + AIM_REACH && within(k); k++) {
        const copula = vocabulary.aimCopulas.find((c) =>
          c.every((w, i) => within(k + i) && words[k + i]!.folded === w),
        );
        if (copula && within(k + copula.length) && isVerb(words, k + copula.length, vocabulary, 1))
          return words[k + copula.length]!.at;
      }
      return null;
    case 'purpose':
      // "The strategy to fight cartels has failed": a plan named with "the" is described, not announced.
      if (isDefinite(words, wordIndexAt(words, cue.start), sentence, vocabulary)) return null;
      for (let k = after; k < after + PURPOSE_REACH && within(k); k++) {
        if (vocabulary.purposeLinks.has(words[k]!.folded) && within(k + 1) && isVerb(words, k + 1, vocabulary, 1))
          return words[k + 1]!.at;
      }
      return null;
    case 'content':
      for (let k = wordIndexAt(words, sentence.start); k < words.length && words[k]!.end <= cue.start; k++)
        if (vocabulary.agreementNouns.has(words[k]!.folded)) return cue.end;
      return null;
  }
}

/**
 * Whether a verb begins within `reach` words from `k`: an infinitive where the language marks one
 * ("frenar"), else a word that is not a determiner ("to designate", not "to the border").
 */
function isVerb(words: readonly Word[], k: number, vocabulary: CommitmentVocabulary, reach: number): boolean {
  if (!vocabulary.infinitiveEndings.length) return !vocabulary.determiners.has(words[k]!.folded);
  for (let j = k; j < k + reach && j < words.length; j++)
    if (hasEnding(words[j]!.folded, vocabulary.infinitiveEndings)) return true;
  return false;
}

/** Whether a definite article stands right before the word at `k`, or one adjective before it ("the new strategy"). */
function isDefinite(words: readonly Word[], k: number, sentence: Span, vocabulary: CommitmentVocabulary): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 2) && words[j]!.at >= sentence.start; j--)
    if (vocabulary.definiteArticles.has(words[j]!.folded)) return true;
  return false;
}

import type { Mention, Sentence, Span } from '../../../core/index.js';
import { MentionIndex } from './speaker-phrases.js';
import { CueIndex, speechTools, type SpeechTools } from './speech-tools.js';

/** What every step of the quotes stage reads about one document, built once. */
export interface QuoteContext {
  readonly text: string;
  readonly tools: SpeechTools;
  /** Where the document's speech cue words stand. */
  readonly cues: CueIndex;
  /** Mentions that can speak, with the people shown speaking and opening sentences. */
  readonly index: MentionIndex;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Title, subtitle and headings: they hold no quotes and name no speaker of one. */
  readonly excluded: readonly Span[];
}

/** Builds the context of one document. */
export function quoteContext(
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  excluded: readonly Span[],
): QuoteContext {
  const tools = speechTools();
  // Most sentences hold no speech verb at all: one pass over the text finds those that do.
  const cues = new CueIndex(text, tools);
  const index = new MentionIndex(text, mentions, tools, paragraphs, sentences, cues);
  return { text, tools, cues, index, paragraphs, sentences, mentions, excluded };
}

/** Whether `span` overlaps any of `spans`. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

/** The sentence that holds `offset` (the last one starting at or before it), or undefined before the first. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}

/** Index of the last sentence starting at or before `offset`; -1 before the first. */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Where the sentence holding `at` begins, no earlier than the paragraph's start `from`. */
export function sentenceStartBefore(sentences: readonly Sentence[], from: number, at: number): number {
  const sentence = sentenceAt(sentences, at);
  return sentence && sentence.end > from ? Math.max(from, sentence.start) : from;
}

/** Where the sentence holding `at` ends (or the next one, when `at` falls between two), no later than the paragraph's end `to`. */
export function sentenceEndAfter(sentences: readonly Sentence[], at: number, to: number): number {
  let k = sentenceIndexAt(sentences, at);
  if (k >= 0 && sentences[k]!.end <= at) k++;
  const sentence = sentences[Math.max(0, k)];
  return sentence && sentence.end > at ? Math.min(to, sentence.end) : to;
}

/**
 * quotes — direct quotes with their speaker, and reported (indirect) speech.
 *
 * Needs: clean (paragraphs, title, headings), sentences, mentions. Produces: Quote spans, sorted.
 * Direct quotes: text in “ ”, " ", « », ‘ ’ or after a Spanish dialogue dash; the span is the text
 * inside the marks. A quote left open at a paragraph's end that the next paragraph reopens is one
 * quote over both paragraphs; “A,” said X. “B.” gives two quotes, both X's.
 * Quote or label: six words or more make a quote (unless they are a title-cased name); shorter
 * quoted text is a quote only with a speech or promise verb at its side ("promised “…”", "“…,” she
 * said"), so scare quotes, slogans and names in quotation marks are not quotes.
 * Speaker: the mention (or unnamed description such as "a senior State Department official", or a
 * pronoun resolved to the last person named) beside a speech verb after the quote, else before it
 * ("X told reporters: “…”", "according to X"), else the subject of a sentence ending in a colon, else
 * the speaker of the quote before it in the paragraph or the paragraph before.
 * Indirect quotes: a sentence without direct quotes where a speaker stands beside a speech verb
 * ("X said that …", "X reportedly outlined …", "according to X, …", "…, officials said"); the span is
 * the sentence, or each clause of a sentence that coordinates two reports ("X says A, but she argues
 * B"). A speaker may be a group or a document named by what it is ("Mexican authorities say",
 * "according to the indictments", "cifras de la Sedena muestran que"); news verbs report only with a
 * complement ("informó que", "asked how many"). A lower-case fragment woven into the writer's own
 * sentence ("face a “range of …”, the DOJ said") is part of a paraphrase, not a direct quote; the words
 * before a direct quote in its sentence may report on their own ("X afirmó que A: “…”").
 * Governments and joint speakers (`parties.ts`): a country's authorities or government speak as its
 * government ("las autoridades mexicanas" → "Government of Mexico"); "both leaders", "las
 * delegaciones", and "they" after them, speak for both governments when both sides were just named
 * ("Governments of Mexico and the United States"); a publication met again ("según el informe")
 * speaks for the organisation last put forward. Reports: `speaker-unresolved` (info).
 *
 * Files: `direct.ts` (quoted pieces from `marks.ts` → quotes), `speakers.ts` (the ordered speaker and
 * inheritance rules), `reported.ts` (reported speech, with `described-speakers.ts` for groups and
 * documents), `speaker-phrases.ts` (speakers named beside a verb, pronouns) with `mention-index.ts` and
 * `gender.ts`, `blocks.ts` (turns and statements without marks), `parties.ts` (governments, joint
 * speakers), all over one `QuoteContext` (`context.ts`) built once per document on the `sentences`
 * layer. Speech verbs are lemmas in the lexicons; `speech-vocabulary.ts` makes their forms, and the
 * document's cues are found once (`CueIndex` in `speech-tools.ts`), so that every later question
 * about a range is a binary search.
 *
 * ok:     "“We will comply,” said Ana Ruiz, a prosecutor." → direct, speaker "Ana Ruiz"
 * not-ok: "The so-called “implementation group” met." → no quote
 */
import { defineStage, type Quote, type Span } from '../../../core/index.js';
import { quoteContext, type QuoteContext } from './context.js';
import type { Speaker } from './speaker-phrases.js';
import { directQuoteItems, directQuotes, quotedSpans } from './direct.js';
import { reportedQuotes } from './reported.js';
import { isJoint, isJointGroup, isPluralReference, jointSpeaker } from './parties.js';

export const quotes = defineStage({
  name: 'quotes',
  needs: ['clean', 'sentences', 'mentions'],
  run({ document, clean, sentences, mentions }, report) {
    const excluded: Span[] = [clean.title?.span, clean.subtitle?.span, ...clean.headings].filter((s): s is Span => !!s);
    const ctx = quoteContext(document.text, clean.paragraphs, sentences, mentions, excluded);
    const direct = directQuotes(ctx);
    for (const group of direct) {
      if (!group.speaker)
        report.info('Quote has no speaker in its sentence or the ones around it', group.pieces[0]!, {
          ruleId: 'speaker-unresolved',
        });
    }
    const result: Quote[] = [...direct.flatMap(directQuoteItems), ...reportedQuotes(ctx, quotedSpans(direct, ctx))];
    return jointSpeakers(
      result.sort((a, b) => a.start - b.start || a.end - b.end),
      ctx,
    );
  },
});

/** Characters after a joint speaker's quote within which "they" or "their statement" still stand for both sides. */
const JOINT_REFERENCE_REACH = 1200;

/**
 * Names the speakers that stand for both governments: a description of both sides ("Both leaders")
 * after both sides' people are named, and "they" or "their statement" after such a speaker.
 */
function jointSpeakers(quotes: Quote[], ctx: QuoteContext): Quote[] {
  let last: { speaker: Speaker; end: number } | null = null;
  return quotes.map((quote) => {
    if (!quote.speakerMention || quote.speakerText === null) return quote;
    const speaker = { span: quote.speakerMention, text: quote.speakerText };
    let joint = isJointGroup(speaker.text)
      ? jointSpeaker(ctx.text, speaker, ctx.mentions, paragraphStart(ctx.paragraphs, quote.start))
      : null;
    if (!joint && isPluralReference(speaker)) {
      if (last && quote.start - last.end <= JOINT_REFERENCE_REACH)
        joint = { span: speaker.span, text: last.speaker.text };
      // "According to their statement" with no joint speaker before: the organisation last put forward.
      else if (ctx.tools.publishedAfterPossessive.test(speaker.text)) {
        const author = ctx.index.lastOrganisationBefore(quote.start);
        if (author)
          return {
            ...quote,
            speakerMention: { start: author.start, end: author.end },
            speakerText: ctx.text.slice(author.start, author.end),
          };
      }
    }
    if (joint || isJoint(speaker)) last = { speaker: joint ?? speaker, end: quote.end };
    return joint ? { ...quote, speakerText: joint.text } : quote;
  });
}

/** Where the paragraph holding `offset` begins (paragraphs are sorted), or `offset` outside them. */
function paragraphStart(paragraphs: readonly Span[], offset: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  const paragraph = paragraphs[low - 1];
  return paragraph && offset <= paragraph.end ? paragraph.start : offset;
}

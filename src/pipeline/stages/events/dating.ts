import type { DateMention, Span } from '../../../core/index.js';
import type { PhraseMatch } from '../../common/phrase-matcher.js';
import type { EventVocabulary, TriggerValue } from './vocabulary.js';

/** A date an event takes: its span, value, whether the text states it, and whether it dates background. */
export interface Dating extends Span {
  readonly value: string | null;
  readonly certainty: 'stated' | 'inferred';
  /** The date of an event told as what came before ("a day after …", "tras …"): never carried to the events after it. */
  readonly background: boolean;
}

type Trigger = PhraseMatch<TriggerValue>;

/**
 * The date of a trigger: a distance from the day named before it ("a day after …"), else the date of
 * the sentence closest to it (after it first, as in "met … on Thursday"), leaving out
 * - a date that follows a later trigger (it is that one's), unless that trigger is a statement telling
 *   the event ("X sent 37 prisoners, the minister said on Tuesday");
 * - a date that opens a span ("since October"); `open` then says no date should be carried to it;
 * - a date inside a relative clause after the trigger ("…, who was behind a killing in 1985");
 * - a distance phrase after the trigger ("…, two days after signing the accord"), which dates what follows it;
 * - for a trigger inside a background clause ("after the talks on Monday"), a date outside that clause;
 *   for a noun that points back ("the meeting"), a date inside one.
 */
export function dateOf(
  text: string,
  sentence: Span,
  trigger: Trigger,
  triggers: readonly Trigger[],
  inSentence: readonly DateMention[],
  all: readonly DateMention[],
  offsets: readonly PhraseMatch<{ days: number }>[],
  background: Span | null,
  backgrounds: readonly Span[],
  vocabulary: EventVocabulary,
  pointsBack = false,
): { date: Dating | null; open: boolean } {
  const offset = dayOffset(trigger, triggers, inSentence, all, offsets);
  if (offset) return { date: offset, open: false };
  let open = false;
  const candidates = inSentence.filter((d) => {
    if (background && (d.start < background.start || d.end > background.end)) return false;
    // "El encuentro ocurrió después de que en febrero …": what came before is not when the event pointed back to happened.
    if (pointsBack && !background && backgrounds.some((b) => b.start <= d.start && d.end <= b.end)) return false;
    if (d.start >= trigger.end) {
      if (triggers.some((t) => t.start >= trigger.end && t.end <= d.start && t.value.trigger.mode !== 'statement'))
        return false;
      if (offsets.some((o) => o.start >= trigger.end && o.start < d.end && d.start < o.end)) return false;
      if (vocabulary.relativeBetween.test(text.slice(trigger.end, d.start))) return false;
    }
    // "Desde el arranque del plan, el día 2 de mayo": the opener may lead the clause the date ends.
    const before =
      d.start >= trigger.end ? trigger.end : clauseOpening(text, Math.max(sentence.start, d.start - 48), d.start);
    if (vocabulary.spanOpeners.test(text, before, d.start)) return !(open = true);
    return true;
  });
  const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : (trigger.start - d.end) * 1.5);
  // "La tarde del 9 de mayo, ayer por la tarde": a date left unresolved does not hide one resolved beside it.
  const date =
    candidates.sort((a, b) => Number(a.value === null) - Number(b.value === null) || distance(a) - distance(b))[0] ??
    null;
  if (!date) return { date: null, open };
  const certainty = date.certainty === 'stated' ? 'stated' : 'inferred';
  const told = background !== null || backgrounds.some((b) => b.start <= date.start && date.end <= b.end);
  return { date: { start: date.start, end: date.end, value: date.value, certainty, background: told }, open: false };
}

/**
 * "X on Wednesday, a day after Mexican authorities handed him over": the phrase before the trigger,
 * with no date or other trigger between them, counts from the latest day named before the phrase.
 */
function dayOffset(
  trigger: Span,
  triggers: readonly Span[],
  inSentence: readonly DateMention[],
  all: readonly DateMention[],
  offsets: readonly PhraseMatch<{ days: number }>[],
): Dating | null {
  const phrase = offsets.filter((p) => p.end <= trigger.start).at(-1);
  if (!phrase) return null;
  const between = (s: Span) => s.start >= phrase.end && s.end <= trigger.start;
  if (triggers.some((t) => t !== trigger && between(t)) || inSentence.some(between)) return null;
  // The dates stage may have resolved the phrase itself, from the day it counts from.
  const resolved = inSentence.find((d) => d.start < phrase.end && phrase.start < d.end && d.grain === 'day' && d.value);
  if (resolved?.value)
    return { start: phrase.start, end: phrase.end, value: resolved.value, certainty: 'inferred', background: true };
  const anchor = [...all].reverse().find((d) => d.end <= phrase.start && d.grain === 'day' && d.value);
  if (!anchor?.value) return null;
  const day = new Date(`${anchor.value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  day.setUTCDate(day.getUTCDate() + phrase.value.days);
  return {
    start: phrase.start,
    end: phrase.end,
    value: day.toISOString().slice(0, 10),
    certainty: 'inferred',
    background: true,
  };
}

/** Where the clause that ends at `end` opens, looking back no further than `from`: after the last comma or semicolon. */
function clauseOpening(text: string, from: number, end: number): number {
  for (let at = end - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x2c || code === 0x3b) return at + 1;
  }
  return from;
}

/**
 * Whether a day stands beside a word, with no clause break between: right after it ("said Monday",
 * "dijo el martes", "wrote on X on Sunday") or before it in its clause ("El sábado, la ministra dijo").
 * Only a day counts: "said last year" or "dijo en marzo" recalls what someone has said, not a statement
 * the text reports as news.
 */
export function datedBeside(text: string, word: Span, dates: readonly DateMention[]): boolean {
  for (const d of dates) {
    if (d.grain !== 'day' && !d.weekday) continue;
    if (d.start >= word.end && d.start - word.end <= 40 && !/[.;:"“”]/u.test(text.slice(word.end, d.start)))
      return true;
    if (d.end <= word.start && word.start - d.end <= 40 && !/[.;"“”]/u.test(text.slice(d.end, word.start))) return true;
  }
  return false;
}

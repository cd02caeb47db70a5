/**
 * events — dated events between actors, typed with PLOVER.
 *
 * Needs: clean, sentences, mentions, dates, quotes. Produces one event per trigger type and
 * sentence: type and mode from the language's trigger lexicon, actors (mentions before the trigger,
 * or a quote's speaker for "we …" inside the quote), recipients (mentions after it), the date in the
 * sentence or, failing one, the date of an event reported in the same or the two paragraphs before
 * (certainty `inferred`), the place, the timing and the PLOVER contexts of the sentence.
 * Reports: `date-carried-over` (info) when a date comes from an earlier event.
 * Known limits: actors are split by position, not by syntax; a plain statement is not an event
 * (speech verbs are the quotes stage's), and a trigger inside a quote counts only with "we"/"I".
 *
 * ok:     "Rubio met Sheinbaum in Mexico City on September 3." → consult/meet, actors Rubio, recipients Sheinbaum
 * not-ok: "The meeting was long." → nothing (a noun trigger with no actor, date or place)
 */
import { defineStage, type DateMention, type Event, type Mention, type Span } from '../../../core/index.js';
import { findParticipants } from './participants.js';
import { timingOf } from './timing.js';
import { eventVocabulary } from './vocabulary.js';
import { withoutRepeats } from './without-repeats.js';

/** How many paragraphs back an undated event may take its date from. */
const CARRY_PARAGRAPHS = 2;

export const events = defineStage({
  name: 'events',
  needs: ['clean', 'sentences', 'mentions', 'dates', 'quotes'],
  run({ document, clean, sentences, mentions, dates, quotes }, report) {
    const { text } = document;
    const vocabulary = eventVocabulary(clean.language);
    const found: Event[] = [];
    // The dateline's date is when the document appeared, not when anything in it happened.
    const dateline = clean.published?.span;
    const eventDates = dateline ? dates.filter((d) => !(d.start < dateline.end && dateline.start < d.end)) : dates;
    let lastDated: { date: string; span: Span; paragraph: number } | null = null;
    for (const sentence of sentences) {
      const seen = new Set<string>();
      for (const match of vocabulary.triggers.findAll(text, sentence.start, sentence.end)) {
        const { trigger, noun } = match.value;
        const key = `${trigger.type}/${trigger.mode}`;
        if (seen.has(key)) continue;
        const { actors, recipients } = findParticipants(text, sentence, match, mentions, quotes, vocabulary);
        const date = nearestDate(eventDates, sentence, match);
        const place = placeIn(text, sentence, mentions, dateline ?? null);
        // An event needs someone taking part, or a date or place to pin it down ("Marines seized … at the port on Tuesday").
        if (!actors.length && !recipients.length && !date && !place) continue;
        seen.add(key);
        let resolved = date?.value ?? null;
        let certainty: Event['dateCertainty'] = date ? (date.certainty === 'stated' ? 'stated' : 'inferred') : null;
        let dateSpan: Span | null = date ? { start: date.start, end: date.end } : null;
        if (!date && lastDated && sentence.paragraph - lastDated.paragraph <= CARRY_PARAGRAPHS) {
          resolved = lastDated.date;
          dateSpan = lastDated.span;
          certainty = 'inferred';
          report.info(`Date carried over from the event reported at ${lastDated.span.start}`, match, { ruleId: 'date-carried-over', actual: lastDated.date });
        }
        const event: Event = {
          start: sentence.start, end: sentence.end, type: trigger.type, mode: trigger.mode,
          context: [...new Set(vocabulary.contexts.findAll(text, sentence.start, sentence.end).map((c) => c.value))].sort(),
          trigger: { start: match.start, end: match.end }, actorSpans: actors, recipientSpans: recipients,
          date: resolved, dateSpan, dateCertainty: certainty, place: place ? text.slice(place.start, place.end) : null, placeSpan: place,
          timing: timingOf(text, sentence, match, vocabulary),
        };
        found.push(event);
        if (date?.value) lastDated = { date: date.value, span: dateSpan!, paragraph: sentence.paragraph };
      }
    }
    return withoutRepeats(text, found, mentions);
  },
});

/** The date expression in the sentence closest to the trigger (after it first, as in "met … on Thursday"). */
function nearestDate(dates: readonly DateMention[], sentence: Span, trigger: Span): DateMention | null {
  const inside = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : (trigger.start - d.end) * 1.5);
  return inside.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The first place named after "in" or "at" in the sentence. */
/**
 * The first place named after "in", "at" or "en" in the sentence ("at the Pacific port of Lázaro
 * Cárdenas"); else, in the sentence that holds the dateline, the dateline's place.
 */
function placeIn(text: string, sentence: Span, mentions: readonly Mention[], dateline: Span | null): Span | null {
  const inSentence = (m: Mention) => (m.kind === 'place' || m.kind === 'country') && m.start >= sentence.start && m.end <= sentence.end;
  const place = mentions.find((m) => inSentence(m) && /\b(?:in|at|near|off|en|cerca\s+de)\s+(?:the\s+|el\s+|la\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:(?:of|de|del)\s+)?$/iu.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)));
  if (place) return { start: place.start, end: place.end };
  if (!dateline || dateline.start < sentence.start || dateline.end > sentence.end) return null;
  const datelinePlace = mentions.find((m) => m.kind === 'place' && m.start >= sentence.start && m.end <= dateline.start);
  return datelinePlace ? { start: datelinePlace.start, end: datelinePlace.end } : null;
}

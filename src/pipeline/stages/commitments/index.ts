/**
 * commitments — who commits to what, by when.
 *
 * Needs: clean, sentences, mentions, dates, quotes, events. Finds a cue from the language's lexicon
 * ("agreed to", "pledged", "will", "se comprometió a", "was announced, to", "that will meet", a
 * Spanish future such as "mantendrá") and takes: parties — the subject mentions before the cue, a
 * group subject such as "both governments" (the participants of the latest meeting or agreement in
 * the document), the speaker for "we will" inside a quote, or, for a passive announcement, the
 * participants of the latest such event; action — the words after the cue up to the end of the
 * clause (at most 30 words); deadline — a date inside the action ("by the end of the year", "next
 * month"). Reported promises ("Noem said she would travel …", "dijo que compartirá …") need a speech
 * verb before the cue; their party is the subject if it is named, else the speaker.
 * Reports: `commitment-without-party` (warning) when no party can be found.
 * Known limits: "will" needs a named subject right before it, so predictions such as "the coming
 * months will test …" are skipped; so are commitments whose subject is a pronoun outside quotes and
 * speech. A reported "would" is taken as a promise even when the speaker only predicts.
 *
 * ok:     "Mexico will double inspections of southbound trucks by December." → Mexico, "double inspections …", deadline December
 * ok:     "Noem said she would travel to Mexico City in March." → Noem, "travel to Mexico City in March"
 * not-ok: "The coming months will test the relationship." → nothing
 */
import { defineStage, type CommitmentStatement, type Event, type Mention, type Quote, type Span } from '../../../core/index.js';
import type { PhraseMatch } from '../../common/phrase-matcher.js';
import { eventVocabulary, type EventVocabulary } from '../events/vocabulary.js';
import { commitmentCues, cuesIn, futureVerbs, type CommitmentCues, type CueKind } from './cues.js';
import { actionAfter } from './action.js';

const ACTING = new Set(['person', 'organization', 'country']);

export const commitments = defineStage({
  name: 'commitments',
  needs: ['clean', 'sentences', 'mentions', 'dates', 'quotes', 'events'],
  run({ document, clean, sentences, mentions, dates, quotes, events }, report) {
    const { text } = document;
    const vocabulary = eventVocabulary(clean.language);
    const cues = commitmentCues(clean.language);
    const found: CommitmentStatement[] = [];
    const acting = mentions.filter((m) => ACTING.has(m.kind)).sort((a, b) => a.start - b.start);
    const gatherings = events.filter((e) => (e.type === 'consult' || e.type === 'agree') && e.actorSpans.length + e.recipientSpans.length > 0);
    // One pass over the text for the Spanish future; each sentence then takes its own.
    const futures = futureVerbs(text, cues);
    let futureFrom = 0;
    let mentionFrom = 0;
    for (const sentence of sentences) {
      while (futureFrom < futures.length && futures[futureFrom]!.start < sentence.start) futureFrom++;
      let futureTo = futureFrom;
      while (futureTo < futures.length && futures[futureTo]!.start < sentence.end) futureTo++;
      const sentenceCues = cuesIn(text, sentence.start, sentence.end, cues, futureTo > futureFrom ? futures.slice(futureFrom, futureTo) : []);
      if (!sentenceCues.length) continue;
      // "If Mexico agrees to …": a condition, not a promise.
      if (vocabulary.conditionalOpening.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24)))) continue;
      // "The delegations agreed on the following actions:": the promises are the items that follow.
      if (/:\s*$/u.test(text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end))) continue;
      while (mentionFrom < acting.length && acting[mentionFrom]!.start < sentence.start) mentionFrom++;
      const inSentence: Mention[] = [];
      for (let k = mentionFrom; k < acting.length && acting[k]!.start < sentence.end; k++) if (acting[k]!.end <= sentence.end) inSentence.push(acting[k]!);
      const direct = quotes.filter((q) => q.kind === 'direct' && q.start < sentence.end && sentence.start < q.end);
      let speech: number | undefined | null = null;
      const speechAt = () => (speech === null ? (speech = cues.speechVerbs.findAll(text, sentence.start, sentence.end)[0]?.start) : speech);
      for (const cue of sentenceCues) {
        // "Would" promises only after a speech verb: most are conditionals, dropped before any other work.
        if (cue.value === 'reported' && !((speechAt() ?? Infinity) < cue.start)) continue;
        const quote = direct.find((q) => q.start <= cue.start && cue.end <= q.end);
        const subjects = inSentence.filter((m) => m.start >= (quote?.start ?? sentence.start) && m.end <= cue.start && !insideQuote(m, direct, quote));
        let partySpans: Span[] = [];
        const partyCountries: string[] = [];
        const latest = latestGathering(gatherings, cue.start);
        if (cue.value === 'modal' || cue.value === 'future' || cue.value === 'reported') {
          const parties = modalParties(text, sentence, cue, quote, subjects, latest, quotes, vocabulary, cues);
          if (!parties) continue;
          partySpans = parties;
        } else if (cue.value === 'passive') {
          if (!latest) continue;
          partySpans = participants(latest);
        } else if (subjects.length) partySpans = [span(subjects.at(-1)!)];
        else if (quote?.speakerMention) partySpans = [quote.speakerMention];
        else if (latest) partySpans = participants(latest);
        if (!partySpans.length) report.warn('Commitment without a party that can be named', cue, { ruleId: 'commitment-without-party' });
        // A future-tense verb is itself the action's first word ("mantendrá la vigilancia").
        const action = actionAfter(text, cue.value === 'future' ? cue.start : cue.end, quote?.end ?? sentence.end);
        if (!action) continue;
        // "I will believe it when …", "va a depender de …": a modal before a verb of thought or chance predicts.
        if (cue.value !== 'future' && cues.futureExceptions.has(/^\p{L}+/u.exec(text.slice(action.start, action.end))?.[0].toLowerCase() ?? '')) continue;
        const deadline = dates.find((d) => d.start >= action.start && d.end <= action.end && d.value !== null) ?? null;
        found.push({
          start: sentence.start, end: sentence.end, partySpans, partyCountries, action, cue: { start: cue.start, end: cue.end },
          deadline: deadline?.value ?? null, deadlineSpan: deadline ? { start: deadline.start, end: deadline.end } : null,
        });
        break;
      }
    }
    return found;
  },
});

/**
 * The parties of a cue that needs its subject: "we"/"vamos" inside a quote is the speaker; a party or
 * group named right before the cue; in reported speech, else, the speaker. A reported cue ("would")
 * promises only in reported speech. Null: no commitment here.
 */
function modalParties(
  text: string,
  sentence: Span,
  cue: PhraseMatch<CueKind>,
  quote: Quote | undefined,
  subjects: readonly Mention[],
  latest: Event | null,
  quotes: readonly Quote[],
  vocabulary: EventVocabulary,
  cues: CommitmentCues,
): Span[] | null {
  const subject = subjects.at(-1);
  const gapBefore = (from: number) => vocabulary.modalGap.test(text.slice(from, cue.start));
  const reported = () => (cue.value !== 'modal' && !quote ? speakerOf(text, sentence, cue, subjects, quotes, cues) : null);
  if (quote && quote.speakerMention && vocabulary.firstPerson.test(text, Math.max(quote.start, cue.start - 24), cue.end)) return [quote.speakerMention];
  if (subject && gapBefore(subject.end)) return cue.value === 'reported' && !reported() ? null : [span(subject)];
  const group = vocabulary.groupSubjects.findAll(text, Math.max(sentence.start, cue.start - 40), cue.start).at(-1);
  if (group && gapBefore(group.end) && latest) return cue.value === 'reported' && !reported() ? null : participants(latest);
  const speaker = reported();
  return speaker ? speaker.filter((s): s is Span => s !== null) : null;
}

/**
 * Who reports the cue: a speech verb must stand before it in the sentence; the speaker is the indirect
 * quote's, else the first party named before the verb. `[null]` when the speech has no named speaker.
 */
function speakerOf(text: string, sentence: Span, cue: Span, subjects: readonly Mention[], quotes: readonly Quote[], cues: CommitmentCues): (Span | null)[] | null {
  const verb = cues.speechVerbs.findAll(text, sentence.start, cue.start)[0];
  if (!verb) return null;
  const indirect = quotes.find((q) => q.kind === 'indirect' && q.start <= cue.start && cue.end <= q.end && q.speakerMention);
  if (indirect?.speakerMention) return [indirect.speakerMention];
  const named = subjects.find((m) => m.end <= verb.start);
  return [named ? span(named) : null];
}

function span(value: Span): Span {
  return { start: value.start, end: value.end };
}

/** Whether a direct quote other than `except` holds the mention. */
function insideQuote(mention: Mention, direct: readonly Quote[], except: Quote | undefined): boolean {
  return direct.some((q) => q !== except && q.start <= mention.start && mention.end <= q.end);
}

/** The latest meeting or agreement (with participants) before a point: its participants are who "both governments" are. */
function latestGathering(gatherings: readonly Event[], before: number): Event | null {
  for (let k = gatherings.length - 1; k >= 0; k--) if (gatherings[k]!.start <= before) return gatherings[k]!;
  return null;
}

function participants(event: Event): Span[] {
  return [...event.actorSpans, ...event.recipientSpans];
}

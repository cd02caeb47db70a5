/**
 * commitments — who commits to what, by when.
 *
 * Needs: clean, sentences, mentions, dates, quotes, events. Finds a cue from the language's lexicon
 * ("agreed to", "pledged", "will", "se comprometió a", "was announced, to", "that will meet") and
 * takes: parties — the subject mentions before the cue, a group subject such as "both governments"
 * (the participants of the latest meeting or agreement in the document), the speaker for "we will"
 * inside a quote, or, for a passive announcement, the participants of the latest such event;
 * action — the words after the cue up to the end of the clause (at most 30 words); deadline — a
 * date inside the action ("by the end of the year", "next month").
 * Reports: `commitment-without-party` (warning) when no party can be found.
 * Known limits: "will" needs a named subject right before it, so predictions such as "the coming
 * months will test …" are skipped; so are commitments whose subject is a pronoun outside quotes.
 *
 * ok:     "Mexico will double inspections of southbound trucks by December." → Mexico, "double inspections …", deadline December
 * not-ok: "The coming months will test the relationship." → nothing
 */
import { defineStage, type CommitmentStatement, type Event, type Mention, type Span } from '../../../core/index.js';
import { eventVocabulary } from '../events/vocabulary.js';
import { commitmentCues } from './cues.js';
import { actionAfter } from './action.js';

const ACTING = new Set(['person', 'organization', 'country']);
// Modal cues need their subject right before them: "Mexico will …", not "the plan that Mexico backed will …".
const MODAL_SUBJECT_GAP = /^[\s,]*(?:(?:also|now|soon|jointly|both|each|then)\s+)?$/iu;

export const commitments = defineStage({
  name: 'commitments',
  needs: ['clean', 'sentences', 'mentions', 'dates', 'quotes', 'events'],
  run({ document, clean, sentences, mentions, dates, quotes, events }, report) {
    const { text } = document;
    const vocabulary = eventVocabulary(clean.language);
    const cues = commitmentCues(clean.language);
    const found: CommitmentStatement[] = [];
    for (const sentence of sentences) {
      for (const cue of cues.findAll(text, sentence.start, sentence.end)) {
        const quote = quotes.find((q) => q.kind === 'direct' && q.start <= cue.start && cue.end <= q.end);
        const subjects = mentions.filter((m) => ACTING.has(m.kind) && m.start >= (quote?.start ?? sentence.start) && m.end <= cue.start && !insideQuote(m, quotes, quote));
        let partySpans: Span[] = [];
        const partyCountries: string[] = [];
        const latest = latestGathering(events, cue.start);
        if (cue.value === 'modal') {
          const subject = subjects.at(-1);
          const group = vocabulary.groupSubjects.findAll(text, Math.max(sentence.start, cue.start - 40), cue.start).at(-1);
          if (quote && vocabulary.firstPerson.test(text, Math.max(quote.start, cue.start - 24), cue.start) && quote.speakerMention) partySpans = [quote.speakerMention];
          else if (subject && MODAL_SUBJECT_GAP.test(text.slice(subject.end, cue.start))) partySpans = [span(subject)];
          else if (group && MODAL_SUBJECT_GAP.test(text.slice(group.end, cue.start)) && latest) partySpans = participants(latest);
          else continue;
        } else if (cue.value === 'passive') {
          if (!latest) continue;
          partySpans = participants(latest);
        } else if (subjects.length) partySpans = [span(subjects.at(-1)!)];
        else if (quote?.speakerMention) partySpans = [quote.speakerMention];
        else if (latest) partySpans = participants(latest);
        if (!partySpans.length) report.warn('Commitment without a party that can be named', cue, { ruleId: 'commitment-without-party' });
        const action = actionAfter(text, cue.end, quote?.end ?? sentence.end);
        if (!action) continue;
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

function span(value: Span): Span {
  return { start: value.start, end: value.end };
}

function insideQuote(mention: Mention, quotes: readonly { kind: string; start: number; end: number }[], except: unknown): boolean {
  return quotes.some((q) => q !== except && q.kind === 'direct' && q.start <= mention.start && mention.end <= q.end);
}

/** The latest meeting or agreement before a point: its participants are who "both governments" are. */
function latestGathering(events: readonly Event[], before: number): Event | null {
  return [...events].reverse().find((e) => e.start <= before && (e.type === 'consult' || e.type === 'agree') && e.actorSpans.length + e.recipientSpans.length > 0) ?? null;
}

function participants(event: Event): Span[] {
  return [...event.actorSpans, ...event.recipientSpans];
}

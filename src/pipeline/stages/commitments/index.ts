/**
 * commitments — who commits to what, by when, and on what condition.
 *
 * Needs: clean, sentences, mentions, dates, quotes, events. Finds a cue from the language's
 * commitment lexicon and takes: parties — the subject mentions before the cue, a group subject such
 * as "both governments" (the participants of the latest meeting or agreement in the document), the
 * speaker for "we will" inside a quote or for reported speech; action — the words after the cue up
 * to the end of the clause (at most 30 words); deadline — a date inside the action; condition — the
 * clause of a sentence that opens with "If …" / "Si …", when the promise is in the main clause.
 * Cues: pledges ("agreed to", "se comprometió a", "convinieron en", "acordaron"), modals and Spanish
 * futures ("will", "mantendrá"), reported ones after a speech verb ("would", "buscaría"), states
 * ("is committed to", "it is the policy of"), aims ("the goal … is to", "tiene como misión",
 * "busca"), programmes with their purpose ("a strategy to dismantle …"), directives ("directs the
 * Secretary to …"), the content of an agreement ("el acuerdo incluye …"), plans as subjects ("the
 * meeting will …") and impersonal futures ("se llevarán a cabo …"). A list introduced by a cue and
 * a colon is one commitment over its items, unless the items carry their own cues.
 * Not commitments: history ("during the campaign"), threats (a promise of force or tariffs, unless
 * negated), announcements of talk ("will hold a press conference"), reported questions ("what
 * Mexico would do"), forecasts ("will believe", "será").
 * Reports: `commitment-without-party` (warning) when no party can be found.
 * Known limits: promises whose subject is a pronoun outside quotes and speech are skipped; present
 * tenses describing a policy ("agents are focusing on …") are not read as commitments.
 *
 * ok:     "Mexico will double inspections of southbound trucks by December." → Mexico, "double inspections …", deadline December
 * ok:     "If confirmed, I will visit the border." → condition "If confirmed"
 * not-ok: "The coming months will test the relationship." → nothing
 */
import {
  defineStage,
  type CommitmentStatement,
  type DateMention,
  type Mention,
  type Quote,
  type Span,
} from '../../../core/index.js';
import { wordsOf, type PhraseMatch } from '../../common/phrase-matcher.js';
import { actionAfter } from './action.js';
import { cuesIn, futureVerbs } from './cues.js';
import {
  isHistory,
  isPrescribedOrDenied,
  isRelativeClause,
  isReportedQuestion,
  isTalk,
  isThreat,
  negatedStart,
  refusedActStart,
} from './filters.js';
import { frameAction } from './frames.js';
import { listAfter } from './lists.js';
import { latestGathering, modalParties, speakerOf, subjectParties, type PartyContext } from './parties.js';
import { commitmentVocabulary, type CommitmentVocabulary, type CueKind } from './vocabulary.js';
import { hasEnding, wordIndexAt } from './words.js';
import { partitionPoint } from '../../common/sorted-search.js';

const ACTING = new Set(['person', 'organization', 'country']);

export const commitments = defineStage({
  name: 'commitments',
  needs: ['clean', 'sentences', 'mentions', 'dates', 'quotes', 'events'],
  run({ document, clean, sentences, mentions, dates, quotes, events }, report) {
    const { text } = document;
    const vocabulary = commitmentVocabulary(clean.language);
    const found: CommitmentStatement[] = [];
    const acting = mentions.filter((m) => ACTING.has(m.kind)).sort((a, b) => a.start - b.start);
    const gatherings = events.filter(
      (e) => (e.type === 'consult' || e.type === 'agree') && e.actorSpans.length + e.recipientSpans.length > 0,
    );
    const directQuotes = quotes.filter((q) => q.kind === 'direct');
    const headlines = [...(clean.title?.span ? [clean.title.span] : []), ...clean.headings];
    // One pass over the text for the Spanish future; each sentence then takes its own.
    const futures = futureVerbs(text, vocabulary);
    const cuesOf = (sentence: Span) =>
      cuesIn(
        text,
        sentence.start,
        sentence.end,
        vocabulary,
        futures.filter((f) => f.start >= sentence.start && f.end <= sentence.end),
      );
    let mentionFrom = 0;
    for (let index = 0; index < sentences.length; index++) {
      const sentence = sentences[index]!;
      // A headline restates the body's lead; the body's sentence is the commitment.
      if (headlines.some((h) => h.start <= sentence.start && sentence.end <= h.end)) continue;
      const sentenceCues = cuesOf(sentence);
      if (!sentenceCues.length || isHistory(text, sentence, vocabulary)) continue;
      const condition = conditionOf(text, sentence, vocabulary);
      // "The delegations agreed on the following actions:": see lists.ts for which lines are the promises.
      const list = /:\s*$/u.test(text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end))
        ? listAfter(text, sentences, index, cuesOf, vocabulary)
        : null;
      if (list?.kind === 'own') continue;
      while (mentionFrom < acting.length && acting[mentionFrom]!.start < sentence.start) mentionFrom++;
      const inSentence: Mention[] = [];
      for (let k = mentionFrom; k < acting.length && acting[k]!.start < sentence.end; k++)
        if (acting[k]!.end <= sentence.end) inSentence.push(acting[k]!);
      const direct = directQuotes.filter((q) => q.start < sentence.end && sentence.start < q.end);
      let speech: number | undefined | null = null;
      const speechAt = () =>
        speech === null
          ? (speech = vocabulary.speechVerbs.findAll(text, sentence.start, sentence.end)[0]?.start)
          : speech;
      for (const cue of sentenceCues) {
        // "If Mexico agrees to …, …": a cue inside the condition promises nothing.
        if (condition && cue.start < condition.end) continue;
        // "Would" promises only after a speech verb: most are conditionals, dropped before any other work.
        if (cue.value === 'reported' && !((speechAt() ?? Infinity) < cue.start)) continue;
        const quote = direct.find((q) => q.start <= cue.start && cue.end <= q.end);
        const subjects = inSentence.filter(
          (m) => m.start >= (quote?.start ?? sentence.start) && m.end <= cue.start && !insideQuote(m, direct, quote),
        );
        if (cue.value === 'verb' && isRelativeClause(text, cue, subjects, vocabulary)) continue;
        if (
          (cue.value === 'verb' || cue.value === 'content') &&
          isPrescribedOrDenied(text, sentence, cue, cue.value === 'content', vocabulary)
        )
          continue;
        const actionStart =
          cue.value === 'refusal'
            ? refusedActStart(text, sentence, cue, vocabulary)
            : cue.value === 'future'
              ? negatedStart(text, sentence, cue, vocabulary)
              : frameAction(text, sentence, cue, vocabulary);
        if (actionStart === null) continue;
        // "Se comprometieron a:": a line that introduces a list may leave its whole act to the items.
        const clause =
          (cue.value === 'refusal'
            ? refusedAct(actionStart, cue)
            : actionAfter(text, actionStart, quote?.end ?? sentence.end)) ??
          (list ? { start: actionStart, end: sentence.end } : null);
        if (!clause) continue;
        const act = cue.value === 'refusal' ? clause : pastLeadingDate(text, clause, dates, vocabulary);
        const action = list?.kind === 'folded' ? { start: act.start, end: list.end } : act;
        if (!promises(text, sentence, cue, action, vocabulary)) continue;
        const context: PartyContext = {
          text,
          sentence,
          cue,
          quote,
          quotes,
          vocabulary,
          latest: latestGathering(gatherings, cue.start),
          subjects,
          passive: isPassive(text, action, vocabulary),
        };
        const partySpans = partiesOf(context);
        if (!partySpans) continue;
        if (!partySpans.length)
          report.warn('Commitment without a party that can be named', cue, { ruleId: 'commitment-without-party' });
        const cueSpan = { start: cue.start, end: cue.end };
        if (list?.kind === 'marked') {
          // Each numbered item is an undertaking of the parties of the line that introduces it.
          for (const item of list.items) found.push(statement(item, partySpans, item.action, cueSpan, null, dates));
          index = list.items.at(-1)?.lastSentence ?? index;
        } else found.push(statement(sentence, partySpans, action, cueSpan, condition, dates));
        break;
      }
    }
    return found;
  },
});

/** The act a refusal rules out, with the refusal: "any troop deployment … was not on the table". */
function refusedAct(start: number, cue: Span): Span | null {
  return cue.end - start >= 3 ? { start, end: cue.end } : null;
}

/** A commitment stated in `place`, with the deadline its act names. */
function statement(
  place: Span,
  partySpans: Span[],
  action: Span,
  cue: Span,
  condition: Span | null,
  dates: readonly DateMention[],
): CommitmentStatement {
  let deadline: DateMention | null = null;
  // Dates are sorted by start: the first inside the act is found from where the act starts.
  for (
    let i = firstStartingAt(dates, action.start);
    i < dates.length && dates[i]!.start < action.end && !deadline;
    i++
  ) {
    const d = dates[i]!;
    if (d.end <= action.end && d.value !== null) deadline = d;
  }
  return {
    start: place.start,
    end: place.end,
    partySpans,
    partyCountries: [],
    action,
    cue,
    deadline: deadline?.value ?? null,
    deadlineSpan: deadline ? { start: deadline.start, end: deadline.end } : null,
    condition,
  };
}

/** The parties of a cue, or null when a cue that needs a subject or a speaker finds neither. */
function partiesOf(context: PartyContext): Span[] | null {
  switch (context.cue.value) {
    case 'modal':
    case 'future':
    case 'reported':
      return modalParties(context);
    case 'refusal':
      return speakerOf(context)?.filter((s): s is Span => s !== null) ?? subjectParties(context);
    case 'passive':
      return context.latest ? [...context.latest.actorSpans, ...context.latest.recipientSpans] : null;
    default:
      return subjectParties(context);
  }
}

/**
 * Whether the act after a cue is promised: not a forecast ("will believe"), a copula that is not
 * passive ("will be tense"), a threat, an announcement of talk or a reported question.
 */
function promises(
  text: string,
  sentence: Span,
  cue: PhraseMatch<CueKind>,
  action: Span,
  vocabulary: CommitmentVocabulary,
): boolean {
  const words = wordsOf(text);
  const k = wordIndexAt(words, action.start);
  const first = words[k]?.folded ?? '';
  const needsSubject = cue.value === 'modal' || cue.value === 'future' || cue.value === 'reported';
  // "I will believe it when …", "va a depender de …": a modal before a verb of thought or chance predicts.
  if (cue.value !== 'future' && vocabulary.futureExceptions.has(first)) return false;
  if (
    needsSubject &&
    vocabulary.copulaVerbs.has(first) &&
    !isPassive(text, action, vocabulary) &&
    !/^\d/u.test(words[k + 1]?.folded ?? '')
  )
    return false;
  if (needsSubject && isReportedQuestion(text, sentence, cue, vocabulary)) return false;
  return !isThreat(text, sentence, cue, action, vocabulary) && !isTalk(text, action, vocabulary);
}

/** Whether an act opens with a copula and a participle ("be paused"). */
function isPassive(text: string, action: Span, vocabulary: CommitmentVocabulary): boolean {
  const words = wordsOf(text);
  const k = wordIndexAt(words, action.start);
  return (
    vocabulary.copulaVerbs.has(words[k]?.folded ?? '') &&
    hasEnding(words[k + 1]?.folded ?? '', vocabulary.participleEndings)
  );
}

/** The condition a sentence opens with ("If confirmed, …"), up to its first comma; null without one. */
function conditionOf(text: string, sentence: Span, vocabulary: CommitmentVocabulary): Span | null {
  if (!vocabulary.conditionalOpening.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24))))
    return null;
  // Looked for within the sentence: from its start to the end of a long text, it would cost that text's length.
  const comma = text.slice(sentence.start, sentence.end).indexOf(',');
  // Without a comma the whole sentence is the condition: its cues promise nothing.
  return { start: sentence.start, end: comma >= 0 ? sentence.start + comma : sentence.end };
}

/** "Agreed on Wednesday to share …", "acordaron el miércoles crear …": the act begins after the date that opens it. */
function pastLeadingDate(text: string, act: Span, dates: readonly Span[], vocabulary: CommitmentVocabulary): Span {
  let date: Span | undefined;
  for (
    let i = firstStartingAt(dates, act.start);
    i < dates.length && dates[i]!.start - act.start <= LEADING_DATE_REACH && !date;
    i++
  ) {
    if (dates[i]!.end < act.end) date = dates[i];
  }
  if (!date) return act;
  const words = wordsOf(text);
  let k = wordIndexAt(words, date.end);
  if (k < words.length && vocabulary.purposeLinks.has(words[k]!.folded)) k++;
  const start = words[k]?.at ?? act.end;
  return act.end - start >= 3 ? { start, end: act.end } : act;
}

/** How far into an act a date may start and still open it ("el miércoles"), in characters. */
const LEADING_DATE_REACH = 4;

/** Whether a direct quote other than `except` holds the mention. */
function insideQuote(mention: Mention, direct: readonly Quote[], except: Quote | undefined): boolean {
  return direct.some((q) => q !== except && q.start <= mention.start && mention.end <= q.end);
}

/** The index of the first span (of spans sorted by start) that starts at or after `at`. */
function firstStartingAt(spans: readonly Span[], at: number): number {
  return partitionPoint(spans.length, (i) => spans[i]!.start < at);
}

/**
 * events — dated events between actors, typed with PLOVER.
 *
 * Needs: clean, sentences, mentions, dates, quotes. Produces one event per trigger type and
 * sentence: type and mode from the language's trigger lexicon, actors (mentions before the trigger,
 * "<demonym> <agent noun>" phrases such as "Mexican marines" for their country, the agent of a
 * passive, a group subject or an opening pronoun, or a quote's speaker for "we …" inside the quote),
 * recipients (mentions after it), the date (below), the place, the timing and the PLOVER contexts.
 * Dates: the date in the sentence nearest the trigger — not one that follows a later trigger ("met …,
 * since the group held its first meeting in October") nor one that opens a span ("since September");
 * a distance from the day named before ("a day after …"); else the date of an event reported in the
 * same or the two paragraphs before, or of the event a definite noun points back to ("the meeting"),
 * else a day the title names ("… del 11 de marzo"); a statement or announcement the news tells with no
 * day of its own takes the publication date — all with certainty `inferred`. A later telling that
 * states its day dates an undated first one ("Mexico has sent 29 …" … "Those sent Thursday …").
 * Actors also: an opening "she" after a short phrase ("On Friday, she …") or across one paragraph
 * break; the subject after an opening statement phrase ("In a statement, the ministry said …"); and
 * for police work told without agents, the country of its place or the only country the text names.
 * Objects that make another act (lexicon `unlessObjects`): "released a statement" is no retreat,
 * "the order Trump signed" no agreement; a bare past form describing a noun ("figures on drugs
 * seized, accounts frozen") is no event.
 * Clauses (clauses.ts): in a reported clause ("X said that …") the teller does not act, unless the
 * clause names nobody and leaves its subject to the verb ("dijo que enviaría tropas") or is passive
 * ("said the cargo was seized"); one whose subject is a thing ("said the storm destroyed") is not the
 * teller's doing (participants.ts, `tellerOf`). A trigger in a
 * background clause ("after …", "tras …") is an event only when that clause dates it; what a threat,
 * request or pledge governs ("threatened to impose tariffs", "acordaron celebrar una reunión") is no
 * event of its own; denied, conditional and planned events are dropped, but for threats, refusals and
 * (planned) pledges. A dated "said" after the news it attributes is that news's source, not a statement.
 * Triggers are lemmas (vocabulary.ts): every form fires, a future or conditional form says its timing.
 * Repeats (without-repeats.ts): a telling that points back ("the handover") or names nobody acting on the
 * same day repeats the earlier one and may date it; agreements, requests and support are each their own act;
 * a talk a noun names again in the same or the next paragraph ("It was a friendly conversation") is the talk told.
 * Plain cooperation whose participants of known country all belong to one is not an event between the parties.
 * Reports: `date-carried-over` (info) when a date comes from an earlier event.
 * Known limits: actors are split by position, not by syntax; a plain statement is not an event
 * (speech verbs are the quotes stage's), and a trigger inside a quote counts only with "we"/"I".
 *
 * ok:     "Rubio met Sheinbaum in Mexico City on September 3." → consult/meet, actors Rubio, recipients Sheinbaum
 * not-ok: "The meeting was long." → nothing (a noun trigger with no actor, date or place)
 */
import {
  defineStage,
  type DateMention,
  type Event,
  type Mention,
  type Quote,
  type Sentence,
  type Span,
} from '../../../core/index.js';
import type { PhraseMatch } from '../../common/phrase-matcher.js';
import { partitionPoint } from '../../common/sorted-search.js';
import { isSpaceCode } from '../../../text/spaces.js';
import { backgroundOf, clausesOf, isGoverned, reportOpening, type Clauses } from './clauses.js';
import { dateOf, datedBeside } from './dating.js';
import { ACTING, findParticipants, tellerOf, participantContext, type Placed } from './participants.js';
import { timingOf } from './timing.js';
import { eventVocabulary, type EventVocabulary, type TriggerValue } from './vocabulary.js';
import { withoutRepeats } from './without-repeats.js';

/** Types of police and military work, which texts often tell without naming who did it. */
const POLICE_WORK = new Set<string>(['coerce', 'assault']);

/** Our mode of consult for a formal statement, press conference or post the text reports. */
const STATEMENT = 'statement';

/** Modes of telling something in public, which news reports on the day they happen. */
const TOLD_THE_DAY = new Set<string>([STATEMENT, 'announce']);

/** The speaker the quotes stage gave a quote that starts in the sentence, if any. */
function speakerIn(quotes: readonly Quote[], sentence: Span): Span | null {
  for (const q of quotes)
    if (q.speakerMention && q.start < sentence.end && sentence.start < q.end) return q.speakerMention;
  return null;
}

/** How many paragraphs back an undated event may take its date from. */
const CARRY_PARAGRAPHS = 4;

type Trigger = PhraseMatch<TriggerValue>;

/** Types that are events in themselves before their time: a threat, a refusal, a pledge ("will not accept", "will sign"). */
const EVENTS_WHEN_UNREAL = new Set<string>(['threaten', 'reject', 'agree']);

export const events = defineStage({
  name: 'events',
  needs: ['clean', 'sentences', 'mentions', 'dates', 'quotes'],
  run({ document, clean, sentences, mentions, dates, quotes }, report) {
    const { text } = document;
    const vocabulary = eventVocabulary(clean.language);
    const found: Event[] = [];
    // The dateline's date is when the document appeared, not when anything in it happened.
    const dateline = clean.published?.span;
    // A statement told with no day of its own was made on the day the text says it was written, when that differs from the page's.
    const writtenOn = clean.published?.written ?? clean.published;
    const published =
      writtenOn?.value && /^\d{4}-\d{2}-\d{2}/.test(writtenOn.value)
        ? { value: writtenOn.value.slice(0, 10), span: writtenOn.span ?? null }
        : null;
    // A publication date read inside a sentence's prose ("en su rueda de prensa de este jueves 9 de octubre") dates what the sentence tells.
    const inProse = dateline != null && isInProse(text, sentences, dateline);
    const eventDates =
      dateline && !inProse ? dates.filter((d) => !(d.start < dateline.end && dateline.start < d.end)) : dates;
    const acting = mentions.filter((m) => ACTING.has(m.kind)).sort((a, b) => a.start - b.start);
    const countryMention = firstCountryMentions(mentions);
    // A text that names one country only, itself or through its places, tells of police work there.
    const soleCountry = soleCountryOf(mentions, countryMention);
    let lastDated: { date: string; span: Span; paragraph: number } | null = null;
    /** The first dated telling of each kind of event, which a definite noun ("the call") points back to. */
    const firstDated = new Map<string, Event>();
    /** The latest telling of each kind of event with someone taking part, whose parties a definite noun ("the designations") takes. */
    const lastWithParties = new Map<string, Event>();
    /** Events whose parties came from an earlier telling: for repeats they count as told without them. */
    const borrowed = new Set<Event>();
    let inView: readonly Span[] = [];
    /** The paragraph of each event, and the events a noun names ("una conversación muy amistosa"). */
    const paragraphOf = new Map<Event, number>();
    const namedAsNoun = new Set<Event>();
    // Layers come sorted by start, so each sentence's mentions, places and dates are looked for from where the last sentence's began.
    let mentionFrom = 0;
    let placeFrom = 0;
    let dateFrom = 0;
    // A headline or heading names what the article then tells in full: its events are the body's.
    const headlines = [clean.title?.span, ...clean.headings].filter((h): h is Span => h != null);
    // "Resultados de la operación del 11 de marzo": a day the title names dates what the body tells undated.
    const titleDay = titleDayOf(clean.title?.span ?? null, eventDates);
    for (const [index, sentence] of sentences.entries()) {
      const marks = vocabulary.marks.findAll(text, sentence.start, sentence.end);
      const triggers = marks.filter((m): m is Trigger => m.value !== null && 'trigger' in m.value);
      if (!triggers.length) continue;
      const offsets = marks.filter((m): m is PhraseMatch<{ days: number }> => m.value !== null && 'days' in m.value);
      const demonyms = marks.filter(
        (m): m is PhraseMatch<{ demonym: string }> => m.value !== null && 'demonym' in m.value,
      );
      while (mentionFrom < acting.length && acting[mentionFrom]!.start < sentence.start) mentionFrom++;
      const inSentence: Mention[] = [];
      for (let k = mentionFrom; k < acting.length && acting[k]!.start < sentence.end; k++)
        if (acting[k]!.end <= sentence.end) inSentence.push(acting[k]!);
      while (dateFrom < eventDates.length && eventDates[dateFrom]!.start < sentence.start) dateFrom++;
      const sentenceDates: DateMention[] = [];
      for (let k = dateFrom; k < eventDates.length && eventDates[k]!.start < sentence.end; k++)
        if (eventDates[k]!.end <= sentence.end) sentenceDates.push(eventDates[k]!);
      const sentenceQuotes = quotes.filter(
        (q) => q.kind === 'direct' && q.start < sentence.end && sentence.start < q.end,
      );
      const context = participantContext(
        inSentence,
        stateAgents(text, sentence, demonyms, vocabulary, countryMention),
        sentenceQuotes,
        () => previousSubject(sentences, index, acting),
      );
      // Place and contexts belong to the sentence, whichever trigger asks.
      while (placeFrom < mentions.length && mentions[placeFrom]!.start < sentence.start) placeFrom++;
      const place = placeIn(text, sentence, mentions, placeFrom, dateline ?? null, vocabulary, sentenceDates);
      // Asked only of police work told without its agents, so the mentions are searched only then.
      const countryOfPlace = (): Span | null => {
        const code = place ? mentions.find((m) => m.start === place.start && m.end === place.end)?.country : null;
        return code ? (countryMention.get(code) ?? null) : null;
      };
      let contexts: string[] | null = null;
      let clauses: Clauses | null = null;
      let unrealKinds: Set<string> | null = null;
      const seen = new Map<string, (string | null)[]>();
      let datedHere = false;
      for (const match of triggers) {
        const { trigger, noun, participle, dated, objects, unless, view, tense, firstPerson, infinitive } = match.value;
        const key = `${trigger.type}/${trigger.mode}`;
        const datesOfKind = seen.get(key);
        if (headlines.some((h) => h.start <= match.start && match.end <= h.end)) continue;
        if (participle && !reports(text, sentence, match, sentenceDates, vocabulary)) continue;
        // "Para detener el tráfico": an infinitive names an act; "acaba de hablar con" reports one.
        if (
          infinitive &&
          !vocabulary.justDoneBefore?.test(text.slice(Math.max(sentence.start, match.start - 24), match.start))
        )
          continue;
        if (dated && !datedBeside(text, match, sentenceDates)) continue;
        // "Mexico sent 37 prisoners, the minister said on Tuesday": a dated speech verb after an event the sentence tells attributes it;
        // "informaron autoridades el miércoles" after one makes it public, which is an announcement.
        if (
          dated &&
          trigger.mode === STATEMENT &&
          toldInSentence(found, sentence).some(
            (e) =>
              e.trigger.end <= match.start &&
              !sentenceQuotes.some((q) => q.start <= e.trigger.start && e.trigger.end <= q.end),
          )
        )
          continue;
        // "…?” asked a senator": a sentence that opens in lower case with a verb is the tail of a quote's attribution.
        if (!noun && isLower(text, match.start) && /^[\s"“”'’]*$/u.test(text.slice(sentence.start, match.start)))
          continue;
        // "Several extradited were …", "varios detenidos": a verb form after a quantifier is a noun for people.
        if (
          !noun &&
          vocabulary.quantifierBefore.test(text.slice(Math.max(sentence.start, match.start - 16), match.start))
        )
          continue;
        // "Such seizures are rare", "este tipo de hallazgos": a kind of act, not one that happened.
        if (noun && vocabulary.kindBefore.test(text.slice(Math.max(sentence.start, match.start - 24), match.start)))
          continue;
        // "Spoke … about cooperation", "llamada … para hablar sobre cooperación bilateral": a noun after a topic word is what was talked of.
        if (
          noun &&
          triggers.some((t) => t.end <= match.start && t.value.trigger.type === 'consult') &&
          vocabulary.topicBefore.test(text.slice(Math.max(sentence.start, match.start - 40), match.start))
        )
          continue;
        if (isGoverned(text, match, triggers, vocabulary)) continue;
        clauses ??= clausesOf(text, sentence, vocabulary);
        const background = backgroundOf(clauses, match);
        // "Released a statement", "the executive order that Trump signed": an object that makes it another act.
        if (
          unless &&
          (unless.test(text.slice(match.end, Math.min(sentence.end, match.end + UNLESS_REACH))) ||
            unless.test(text.slice(Math.max(sentence.start, match.start - OBJECT_BEFORE_REACH), match.start)))
        )
          continue;
        if (view && holdsAView(text, match, sentence, view, vocabulary)) continue;
        // "Figures on drugs seized, weapons traced": a bare past form after a describing preposition and its noun describes the noun.
        if (
          !noun &&
          !tense &&
          !match.phrase.includes(' ') &&
          !vocabulary.auxiliaryBefore.test(text.slice(Math.max(sentence.start, match.start - 16), match.start)) &&
          vocabulary.describingBefore.test(
            text.slice(Math.max(sentence.start, match.start - OBJECT_BEFORE_REACH), match.start),
          ) &&
          vocabulary.phraseEndAfter.test(text.slice(match.end, Math.min(sentence.end, match.end + 12)))
        )
          continue;
        if (
          objects &&
          !objects.test(text.slice(match.end, Math.min(sentence.end, match.end + OBJECT_REACH))) &&
          !(!noun && objectBefore(text, sentence, match, objects))
        )
          continue;
        // "Promised access … arrives in part", "Seized rifles …": a verb in -ed that opens its sentence has no subject; it is an adjective.
        if (
          !noun &&
          /^\p{Lu}\p{Ll}+ed$/u.test(text.slice(match.start, match.end)) &&
          /^[\s"“«'‘]*$/u.test(text.slice(sentence.start, match.start))
        )
          continue;
        // "the sanctioned men", "las armas": a verb form right after a determiner describes a noun; it reports nothing.
        // "Those sent on Thursday", "these extradited": a demonstrative standing alone is a pronoun, and the verb tells what was done to them.
        if (
          !noun &&
          !participle &&
          vocabulary.definiteBefore.test(text.slice(Math.max(sentence.start, match.start - 12), match.start)) &&
          !DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(sentence.start, match.start - 8), match.start))
        )
          continue;
        // "militia-backed", "state-sanctioned": a verb joined to the word before it describes; it reports nothing.
        if (!noun && match.start > sentence.start && text.charCodeAt(match.start - 1) === 0x2d) continue;
        // "Trade Agreement", "List of Blocked Persons": a capitalised word inside a name is the name of a thing, not an event.
        if (isInName(text, sentence, match)) continue;
        const gathering = trigger.type === 'consult' || trigger.type === 'agree';
        const participants = findParticipants(
          text,
          sentence,
          match,
          vocabulary,
          context,
          inView,
          gathering,
          reportOpening(clauses, sentence, match.start),
          firstPerson,
          noun,
        );
        // A statement is made by whoever the quotes stage found speaking in the sentence.
        const speaker = trigger.mode === STATEMENT ? speakerIn(quotes, sentence) : null;
        let actors =
          speaker && !participants.actors.some((a) => a.start === speaker.start)
            ? [speaker, ...participants.actors]
            : participants.actors;
        let others = participants.recipients;
        // "En rueda de prensa, Trump dijo …", "In a statement, the ministry said …": the statement of an opening
        // phrase is made by the subject of the clause after it.
        if (!actors.length && trigger.mode === STATEMENT) {
          const subject = subjectAfterOpening(text, sentence, match, others);
          if (subject) {
            actors = [subject];
            others = others.filter((r) => r !== subject);
          }
        }
        // "En Mérida, se arrestó a tres hombres": police work told without its agents is done by the state where it happens.
        if (!actors.length && !participants.recipients.length && POLICE_WORK.has(trigger.type)) {
          const state = countryOfPlace() ?? soleCountry;
          if (state) actors = [state];
        }
        let recipients = speaker ? others.filter((r) => r.start !== speaker.start) : others;
        // "“…?” Graham asked.": a verb of asking or stating that ends its sentence attributes the quote before it;
        // one that names the medium ("said in a statement", "said on social media", "posted") reports the statement too.
        if (
          (trigger.type === 'request' || (trigger.mode === STATEMENT && dated)) &&
          !noun &&
          /^[\s.!?"”’»)]*$/u.test(text.slice(match.end, sentence.end))
        )
          continue;
        const pointing =
          noun && vocabulary.definiteBefore.test(text.slice(Math.max(sentence.start, match.start - 12), match.start));
        const dating = dateOf(
          text,
          sentence,
          match,
          triggers,
          sentenceDates,
          eventDates,
          offsets,
          background,
          clauses.background,
          vocabulary,
          pointing,
        );
        const date = dating.date;
        // "After the president threatened ground attacks, …": what came before is an event of its own only when its clause dates it.
        if (background && !date) continue;
        // A second event of a kind in one sentence needs a day of its own ("an order of 3 May … a listing on 9 June").
        if (datesOfKind && (!date?.value || datesOfKind.includes(date.value))) continue;
        // A future or conditional form says its timing itself ("detendrá"), unless the words before deny it.
        const told = timingOf(text, sentence, match, vocabulary);
        const timing = told === 'negated' ? told : (tense ?? told);
        // A denied event did not happen; a refusal and a threat are events in themselves. A conditional one
        // ("would create", "if … were designated") has not happened either, nor a planned one ("will meet
        // again"), where only a threat, a refusal or a pledge is an event before its time.
        const unreal =
          timing === 'negated' || timing === 'hypothetical'
            ? trigger.type !== 'reject' && trigger.type !== 'threaten'
            : timing === 'future' && !EVENTS_WHEN_UNREAL.has(trigger.type);
        // "Firmarían un acuerdo": a noun of the kind of a verb set aside before it is that verb's object.
        if (unreal || (noun && unrealKinds?.has(key))) {
          (unrealKinds ??= new Set()).add(key);
          continue;
        }
        // "The meeting", undated, is the meeting told first: it and what follows take that one's date.
        if (!date && pointing) {
          const earlier = firstDated.get(key);
          if (earlier) lastDated = { date: earlier.date!, span: earlier.dateSpan!, paragraph: sentence.paragraph };
        }
        const nearby = lastDated && sentence.paragraph - lastDated.paragraph <= CARRY_PARAGRAPHS ? lastDated : null;
        const carried =
          !date && !dating.open && !background
            ? (nearby ?? (titleDay ? { ...titleDay, paragraph: sentence.paragraph } : null))
            : null;
        // An event needs someone taking part, or a date or place to pin it down ("Marines seized … at the port on Tuesday");
        // a verb ("were arrested") may stand on the date of the events around it, a noun may not.
        // A noun with a count after it ("la detención de 300 personas") tells what was done, even with nobody named.
        // A verb with a count beside it ("14 people were arrested", "se detuvieron 13") tells what was done as well.
        // A bare past form with nobody, no date and no count ("accounts frozen and people transferred") describes, whatever the events around it.
        if (
          !actors.length &&
          !recipients.length &&
          !date &&
          !place &&
          (noun
            ? !countAfter(text, match, sentence)
            : !(
                carried &&
                vocabulary.auxiliaryBefore.test(text.slice(Math.max(sentence.start, match.start - 16), match.start))
              ) && !countBeside(text, match, sentence))
        )
          continue;
        // "The tracing of weapons seized in Mexico": a bare past form with nobody acting, no date of its own and no auxiliary describes its noun.
        if (
          !noun &&
          !actors.length &&
          !date &&
          !tense &&
          !participle &&
          !match.phrase.includes(' ') &&
          !vocabulary.auxiliaryBefore.test(text.slice(Math.max(sentence.start, match.start - 16), match.start)) &&
          vocabulary.describingBefore.test(
            text.slice(Math.max(sentence.start, match.start - OBJECT_BEFORE_REACH), match.start),
          )
        )
          continue;
        // "The designations came into force …", "the call was cordial": a definite noun with nobody named in its sentence is the
        // event of its kind told before, with its parties. Borrowed only after the checks above, so it never keeps an event.
        const lender = pointing && !actors.length && !recipients.length ? lastWithParties.get(key) : undefined;
        if (lender) {
          actors = [...lender.actorSpans];
          recipients = [...lender.recipientSpans];
        }
        // Like a borrowed party, the teller of a reported clause only names who acts in an event kept on its own,
        // and for repeats counts as no party named.
        const teller = actors.length
          ? null
          : tellerOf(text, match, vocabulary, context, sentence, reportOpening(clauses, sentence, match.start));
        if (teller) {
          actors = [teller];
          recipients = recipients.filter((r) => r.start !== teller.start);
        }
        seen.set(key, [...(datesOfKind ?? []), date?.value ?? null]);
        let resolved = date?.value ?? null;
        let certainty: Event['dateCertainty'] = date ? date.certainty : null;
        let dateSpan: Span | null = date ? { start: date.start, end: date.end } : null;
        // "Federal agents announced …", "En su rueda de prensa del lunes, el ministro dijo …": a statement
        // the news reports with no day of its own was made the day it appeared.
        if (!date && !carried && published && TOLD_THE_DAY.has(trigger.mode ?? '') && timing !== 'future') {
          resolved = published.value;
          dateSpan = published.span;
          certainty = 'inferred';
        }
        if (carried) {
          // A run of events told one after another keeps the date of the first: the next may take it as well.
          lastDated = { ...carried, paragraph: sentence.paragraph };
          resolved = carried.date;
          dateSpan = carried.span;
          certainty = 'inferred';
          report.info(`Date carried over from the event reported at ${carried.span.start}`, match, {
            ruleId: 'date-carried-over',
            actual: carried.date,
          });
        }
        const event: Event = {
          start: sentence.start,
          end: sentence.end,
          type: trigger.type,
          mode: trigger.mode,
          context: (contexts ??= [
            ...new Set(vocabulary.contexts.findAll(text, sentence.start, sentence.end).map((c) => c.value)),
          ].sort()),
          trigger: { start: match.start, end: match.end },
          actorSpans: actors,
          recipientSpans: recipients,
          date: resolved,
          dateSpan,
          dateCertainty: certainty,
          place: place ? text.slice(place.start, place.end) : null,
          placeSpan: place,
          timing,
        };
        found.push(event);
        if (noun) namedAsNoun.add(event);
        paragraphOf.set(event, sentence.paragraph);
        if (date?.value && !date.background && !firstDated.has(key)) firstDated.set(key, event);
        if (lender || teller) borrowed.add(event);
        else if (actors.length + recipients.length > 0) lastWithParties.set(key, event);
        // A statement is one party speaking, not the parties meeting, and "the conversation" points back to a
        // meeting already told: both leave the parties in view as they were.
        if (gathering && trigger.mode !== STATEMENT && !pointing && actors.length + recipients.length > 0)
          inView = [...actors, ...recipients];
        // The first dated event of a sentence is its main clause; later ones are asides ("created on September 3 by …").
        // A date of what came before ("a day after …", "luego de la del domingo") is carried to nothing.
        // Only a day or a month is carried: "in the past year" dates nothing told after it.
        if (date?.value && date.value.length >= 7 && !date.background && !datedHere) {
          lastDated = { date: date.value, span: dateSpan!, paragraph: sentence.paragraph };
          datedHere = true;
        }
      }
    }
    const pointsBack = (e: Event) =>
      vocabulary.definiteBefore.test(text.slice(Math.max(e.start, e.trigger.start - 12), e.trigger.start));
    const another = (e: Event) => vocabulary.anotherAct.test(text, e.start, e.trigger.start);
    const crossBorder = found.filter((e) => !withinOneCountry(e, mentions));
    // "I just spoke with the president. It was a very friendly conversation": a talk a noun names again
    // in the same or the next paragraph, with no other day, is the talk just told.
    const namesAgain = (e: Event, earlier: Event) =>
      e.type === 'consult' &&
      e.mode !== STATEMENT &&
      namedAsNoun.has(e) &&
      paragraphOf.get(e)! - (paragraphOf.get(earlier) ?? -Infinity) <= 1;
    return withoutRepeats(text, crossBorder, mentions, {
      pointsBack,
      partiesBorrowed: (e) => borrowed.has(e),
      toldAsAnother: another,
      namesAgain,
    });
  },
});

/**
 * Whether an event is plain cooperation among bodies of one country ("in a coordinated operation
 * involving the attorney general's office and the navy"): two participants or more of known
 * country, all of the same one. What the relationship follows is cooperation across the border; a
 * custody transfer, a joint statement or a meeting is kept whoever takes part.
 */
function withinOneCountry(event: Event, mentions: readonly Mention[]): boolean {
  if (event.type !== 'cooperate' || event.mode !== null) return false;
  const countries = new Set<string>();
  let known = 0;
  for (const span of [...event.actorSpans, ...event.recipientSpans]) {
    const country = mentionAt(mentions, span)?.country;
    if (country) {
      countries.add(country);
      known++;
    }
  }
  // One party of known country says nothing of the other's ("Treasury and Mexico's government").
  return known >= 2 && countries.size === 1;
}

/** The mention that covers exactly this span, if any (mentions are sorted by start). */
function mentionAt(mentions: readonly Mention[], span: Span): Mention | undefined {
  for (let i = partitionPoint(mentions.length, (k) => mentions[k]!.start < span.start); i < mentions.length; i++) {
    const mention = mentions[i]!;
    if (mention.start !== span.start) return undefined;
    if (mention.end === span.end) return mention;
  }
  return undefined;
}

/** The events found so far in a sentence: they are the last ones found, so only the tail is read. */
function toldInSentence(found: readonly Event[], sentence: Span): Event[] {
  let first = found.length;
  while (first > 0 && found[first - 1]!.start === sentence.start) first--;
  return found.slice(first);
}

/** The day a title states (not a span of days), as a date to carry: value and span. */
function titleDayOf(title: Span | null, dates: readonly DateMention[]): { date: string; span: Span } | null {
  if (!title) return null;
  const day = dates.find(
    (d) => d.start >= title.start && d.end <= title.end && d.grain === 'day' && d.value && !d.range,
  );
  return day?.value ? { date: day.value, span: { start: day.start, end: day.end } } : null;
}

/** Whether a number stands right before a verb trigger's clause or right after it ("14 people were arrested", "se detuvieron 13"). */
function countBeside(text: string, verb: Span, sentence: Span): boolean {
  if (
    /\d[\d,.]*\s+(?:\p{L}+\s+){1,2}(?:\p{L}+\s+)?$/u.test(
      text.slice(Math.max(sentence.start, verb.start - 40), verb.start),
    )
  )
    return true;
  return /^\s+\d/u.test(text.slice(verb.end, Math.min(sentence.end, verb.end + 8)));
}

/** Whether a number follows a trigger noun within a few characters ("seizures of 90 kilograms"). */
function countAfter(text: string, noun: Span, sentence: Span): boolean {
  return /^\s+(?:(?:of|de)\s+)?(?:\p{Ll}+\s+)?\d/u.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 24)));
}

/**
 * Whether a capitalised trigger is part of a name: a capital mid-sentence, or at the sentence's
 * start with a capitalised word after it ("Cumbre Regional de Energía").
 */
function isInName(text: string, sentence: Span, noun: Span): boolean {
  const first = text.charAt(noun.start);
  if (first === first.toLowerCase()) return false;
  if (!/^[\s"“«'‘¿¡(]*$/u.test(text.slice(sentence.start, noun.start))) return true;
  // "Statement of Ronald Johnson": a trigger that ends in a preposition opens its complement, whose name follows.
  if (/\s(?:of|de|del|by|por)$/iu.test(text.slice(noun.start, noun.end))) return false;
  return /^\s+\p{Lu}/u.test(text.slice(noun.end, noun.end + 3));
}

/** How far into a sentence an opening phrase ("En su conferencia de prensa del martes,") may run. */
const OPENING_REACH = 90;

/**
 * The first participant right after the comma that closes an opening phrase holding the trigger
 * ("In a statement, the ministry said …"): the phrase opens the sentence with a preposition, and the
 * participant stands within a few words of the comma.
 */
function subjectAfterOpening(text: string, sentence: Span, trigger: Span, after: readonly Span[]): Span | null {
  if (
    !/^[\s"“«¿¡]*\p{L}{1,7}\s/u.test(text.slice(sentence.start, trigger.end)) ||
    /[,;:]/u.test(text.slice(sentence.start, trigger.start))
  )
    return null;
  const comma = text.indexOf(',', trigger.end);
  if (comma < 0 || comma >= sentence.end || comma - sentence.start > OPENING_REACH) return null;
  const subject = after.find((r) => r.start > comma);
  return subject && subject.start - comma <= 24 ? subject : null;
}

/** A demonstrative pronoun right before a verb ("those sent", "these extradited"). */
const DEMONSTRATIVE_BEFORE = /(?:^|[^\p{L}])(?:those|these)\s+$/iu;

/** Characters after a trigger within which an object that makes it another act stands ("released a joint statement"). */
const UNLESS_REACH = 40;

/**
 * "Experts agree that cartels use …": a trigger followed by what someone holds true states a view, not
 * an act; "agreed that the group will meet" still tells a plan agreed to (its clause is a future or a
 * hypothetical).
 */
function holdsAView(text: string, match: Trigger, sentence: Span, view: RegExp, vocabulary: EventVocabulary): boolean {
  const opened = view.exec(text.slice(match.end, sentence.end));
  if (!opened) return false;
  const from = match.end + opened[0].length;
  return !vocabulary.future.test(text, from, sentence.end) && !vocabulary.hypothetical.test(text, from, sentence.end);
}

/** Characters before a participle within which the thing it tells of may stand ("the prisoners sent to …"). */
const OBJECT_BEFORE_REACH = 40;

/**
 * Whether a verb tells of what stands right before it: "the inmates flown to Texas", "20 inmates were sent", or a
 * demonstrative standing for them ("Those sent on Thursday").
 */
function objectBefore(text: string, sentence: Span, participle: Span, objects: RegExp): boolean {
  const before = text.slice(Math.max(sentence.start, participle.start - OBJECT_BEFORE_REACH), participle.start);
  return objects.test(before) || DEMONSTRATIVE_BEFORE.test(before);
}

/** Characters after a trigger within which its object must stand ("sent 40 prisoners"). */
const OBJECT_REACH = 80;

/** Words after a participle within which a date or agent makes it report an event ("creado el 3 de septiembre"). */
const PARTICIPLE_REACH = 24;

/** Whether a participle reports an event: after an auxiliary, or with a date or an agent right after it. */
function reports(
  text: string,
  sentence: Span,
  participle: Span,
  dates: readonly DateMention[],
  vocabulary: EventVocabulary,
): boolean {
  if (vocabulary.auxiliaryBefore.test(text.slice(Math.max(sentence.start, participle.start - 16), participle.start)))
    return true;
  const reach = Math.min(sentence.end, participle.end + PARTICIPLE_REACH);
  return (
    dates.some((d) => d.start >= participle.end && d.start < reach) ||
    vocabulary.agentMarkers.test(text, participle.end, Math.min(reach, participle.end + 6))
  );
}

/** The first mention of each country in the document, which a demonym ("Mexican") stands for. */
function firstCountryMentions(mentions: readonly Mention[]): ReadonlyMap<string, Span> {
  const first = new Map<string, Span>();
  for (const m of mentions)
    if (m.kind === 'country' && m.country && !first.has(m.country))
      first.set(m.country, { start: m.start, end: m.end });
  return first;
}

/** The first mention of the only country the text names, directly or as the country of its places; null when it names several or none. */
function soleCountryOf(mentions: readonly Mention[], countryMention: ReadonlyMap<string, Span>): Span | null {
  let code: string | null = null;
  for (const m of mentions) {
    if ((m.kind !== 'country' && m.kind !== 'place') || !m.country) continue;
    if (code !== null && m.country !== code) return null;
    code = m.country;
  }
  return code ? (countryMention.get(code) ?? null) : null;
}

/** "Mexican authorities", "autoridades estadounidenses": where each such phrase stands, as its country's mention. */
function stateAgents(
  text: string,
  sentence: Span,
  demonyms: readonly PhraseMatch<{ demonym: string }>[],
  vocabulary: EventVocabulary,
  countryMention: ReadonlyMap<string, Span>,
): Placed[] {
  const agents: Placed[] = [];
  for (const demonym of demonyms) {
    const span = countryMention.get(demonym.value.demonym);
    if (!span) continue;
    const after = vocabulary.agentAfter.test(text.slice(demonym.end, Math.min(sentence.end, demonym.end + 40)));
    if (after || vocabulary.agentBefore.test(text.slice(Math.max(sentence.start, demonym.start - 40), demonym.start)))
      agents.push({ at: demonym.start, span });
  }
  return agents;
}

/** How many sentences back a pronoun's antecedent may be looked for. */
const PRONOUN_REACH = 2;

/**
 * The first person (else organisation or country) named by the nearest sentence before that names
 * one, looking back at most PRONOUN_REACH sentences and one paragraph break: a paragraph that opens
 * with "She …" goes on with the person the last one told of.
 */
function previousSubject(sentences: readonly Sentence[], index: number, acting: readonly Mention[]): Span | null {
  const paragraph = sentences[index]!.paragraph;
  for (let k = index - 1; k >= 0 && index - k <= PRONOUN_REACH; k--) {
    const previous = sentences[k]!;
    if (paragraph - previous.paragraph > 1) return null;
    const inside = acting.filter((m) => m.start >= previous.start && m.end <= previous.end);
    const subject = inside.find((m) => m.kind === 'person') ?? inside[0];
    if (subject) return { start: subject.start, end: subject.end };
  }
  return null;
}

/** Whether a preposition of place leads to the mention; it must end in a space, which spares the pattern most mentions. */
function isPlacedAfterPreposition(text: string, sentence: Span, mention: Span, vocabulary: EventVocabulary): boolean {
  if (mention.start <= sentence.start || !isSpaceCode(text.charCodeAt(mention.start - 1))) return false;
  return vocabulary.placePrepositionBefore.test(
    text.slice(Math.max(sentence.start, mention.start - 40), mention.start),
  );
}

/**
 * The first place named after "in", "at" or "en" in the sentence ("at the Pacific port of Lázaro
 * Cárdenas"); else, in the sentence that holds the dateline, the dateline's place. `from` is the
 * first mention that does not start before the sentence.
 */
function placeIn(
  text: string,
  sentence: Span,
  mentions: readonly Mention[],
  from: number,
  dateline: Span | null,
  vocabulary: EventVocabulary,
  dates: readonly Span[],
): Span | null {
  for (let k = from; k < mentions.length && mentions[k]!.start <= sentence.end; k++) {
    const m = mentions[k]!;
    if (
      (m.kind === 'place' || m.kind === 'country') &&
      m.start >= sentence.start &&
      m.end <= sentence.end &&
      isPlacedAfterPreposition(text, sentence, m, vocabulary)
    )
      return { start: m.start, end: m.end };
  }
  // "En Opodepe, se detuvo …": a name the gazetteer lacks, opening the sentence after a preposition of place,
  // unless it is someone's name or a date ("In January, …").
  const opening = vocabulary.openingPlace.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
  if (opening?.groups?.name) {
    const start = sentence.start + opening[0].indexOf(opening.groups.name, opening[0].search(/\s/u));
    const span = { start, end: start + opening.groups.name.length };
    const overlaps = (s: Span) => s.start < span.end && span.start < s.end;
    if (!mentions.some((m) => m.kind !== 'place' && overlaps(m)) && !dates.some(overlaps)) return span;
  }
  if (!dateline || dateline.start < sentence.start || dateline.end > sentence.end) return null;
  const datelinePlace = mentions.find(
    (m) => m.kind === 'place' && m.start >= sentence.start && m.end <= dateline.start,
  );
  return datelinePlace ? { start: datelinePlace.start, end: datelinePlace.end } : null;
}

/** Whether the character at `at` is a lower-case letter. */
function isLower(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Whether a span stands inside a sentence after some of its prose (a lower-case word of two letters or more before it). */
function isInProse(text: string, sentences: readonly Sentence[], span: Span): boolean {
  const sentence = sentences.find((s) => s.start <= span.start && span.end <= s.end);
  return sentence !== undefined && /\p{Ll}{2,}/u.test(text.slice(sentence.start, span.start));
}

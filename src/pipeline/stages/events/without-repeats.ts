import type { Event, Mention, Span } from '../../../core/index.js';

/**
 * Drops an event that repeats an earlier one of the same document: same type and mode, its actors
 * already among the earlier event's participants, and no date that differs. Articles
 * name "the meeting" many times; it is one event, kept where it is first told, with the date of a
 * later telling when only that one dates it.
 */
export function withoutRepeats(
  text: string,
  events: readonly Event[],
  mentions: readonly Mention[],
  tellings: RepeatSigns,
): Event[] {
  const { pointsBack, partiesBorrowed = () => false, toldAsAnother = () => false, namesAgain = () => false } = tellings;
  // Each event's participants, named once: every later event is compared with every kept one.
  const names = participantNames(text, events, mentions);
  const kept: number[] = [];
  // Only events of one type, mode and timing repeat each other: each is compared with the kept ones of its kind,
  // in the order they were told, and with at most REPEAT_REACH of them, so a page of a thousand arrests stays linear.
  const keptOfKind = new Map<string, number[]>();
  const told: Event[] = [...events];
  for (let e = 0; e < events.length; e++) {
    const event = events[e]!;
    const kind = `${event.type}/${event.mode ?? ''}/${event.timing ?? ''}`;
    const candidates = keptOfKind.get(kind) ?? [];
    let repeat = -1;
    // "En otra acción …", "In a separate raid …": the text itself says this is a further act.
    if (!toldAsAnother(event))
      for (let c = 0; c < Math.min(candidates.length, REPEAT_REACH) && repeat < 0; c++) {
        const k = candidates[c]!;
        const earlier = told[kept[k]!]!;
        if (
          repeats(event, names[e]!, earlier, names[kept[k]!]!, pointsBack, partiesBorrowed) ||
          (namesAgain(event, events[kept[k]!]!) && !datedOtherwise(event, earlier))
        )
          repeat = k;
      }
    if (repeat < 0) {
      candidates.push(kept.length);
      keptOfKind.set(kind, candidates);
      kept.push(e);
    }
    // "X extradited two men. The handover took place on Friday": the first telling stays, dated by the later one.
    else if (ownDate(event) && !told[kept[repeat]!]!.dateSpan) {
      told[kept[repeat]!] = {
        ...told[kept[repeat]!]!,
        date: event.date,
        dateSpan: event.dateSpan,
        dateCertainty: 'inferred',
      };
    }
  }
  return kept.map((e) => told[e]!);
}

/** What the events stage knows of how each event is told, for telling repeats apart. */
export interface RepeatSigns {
  /** Words that point back ("the handover", "la llamada"). */
  readonly pointsBack: (event: Event) => boolean;
  /** Its parties came from an earlier telling. */
  readonly partiesBorrowed?: (event: Event) => boolean;
  /** The text says it is a further act ("in a separate raid"). */
  readonly toldAsAnother?: (event: Event) => boolean;
  /** A noun names again, close by, the act an earlier event told ("It was a friendly conversation"). */
  readonly namesAgain?: (event: Event, earlier: Event) => boolean;
}

/** Whether two tellings carry different dates, one of them its own. */
function datedOtherwise(event: Event, earlier: Event): boolean {
  return (
    event.date !== null && earlier.date !== null && earlier.date !== event.date && (ownDate(event) || ownDate(earlier))
  );
}

/** How many kept events of its kind a later one is compared with. */
const REPEAT_REACH = 300;

/** Whether an event tells again an earlier one, given the lower-cased names of their participants. */
function repeats(
  event: Event,
  mine: readonly string[],
  earlier: Event,
  theirs: readonly string[],
  pointsBack: (event: Event) => boolean,
  partiesBorrowed: (event: Event) => boolean,
): boolean {
  if (earlier.type !== event.type || earlier.mode !== event.mode || earlier.timing !== event.timing) return false;
  // Two dates that differ are two events when the later telling dates itself; a date carried from the
  // events around it is only a guess.
  if (datedOtherwise(event, earlier)) return false;
  // Words that point back ("the handover", "la llamada", "the designations") tell the event already told.
  if (pointsBack(event)) return true;
  // An undated first telling ("Mexico has sent 29 …") is dated by a later one that states its day ("Those sent Thursday …").
  if (event.dateCertainty === 'stated' && earlier.date !== null && earlier.date !== event.date) return false;
  // Arrests in two towns are two arrests, whatever else they share; a place the first telling lacks starts a new one.
  if (event.place && event.place !== earlier.place) return false;
  // One act on one day, told again without naming who did it, is the same act; several agreements and
  // statements come out of one meeting ("acordaron …", "priorizaron …"), so those are each their own.
  if (
    (!event.actorSpans.length || !earlier.actorSpans.length || partiesBorrowed(event) || partiesBorrowed(earlier)) &&
    event.date &&
    event.date.length === 10 &&
    event.date === earlier.date
  )
    return !MANY_A_DAY.has(event.type);
  if (!mine.length) return false;
  // Each verb of agreeing, asking or backing is an act of its own ("they agreed …; the secretaries also committed …").
  if (SEVERAL_ACTS.has(event.type)) return false;
  for (const name of mine)
    if (!theirs.some((t) => t === name || endsWithWord(t, name) || endsWithWord(name, t))) return false;
  return true;
}

/** Types of which one meeting or one day yields many: an agreement or statement is not repeated by another of the day. */
const MANY_A_DAY = new Set<string>(['agree', 'consult', 'request', 'support']);

/** Types whose every verb is a new act, even between the same parties: only words that point back repeat one. */
const SEVERAL_ACTS = new Set<string>(['agree', 'request', 'support']);

/** Whether `name` is the last word or words of `longer` ("rubio" of "marco rubio"). */
function endsWithWord(longer: string, name: string): boolean {
  return (
    longer.length > name.length && longer.charCodeAt(longer.length - name.length - 1) === 0x20 && longer.endsWith(name)
  );
}

/** The lower-cased names of each event's actors and recipients: the mention's name where a mention has that span. */
function participantNames(text: string, events: readonly Event[], mentions: readonly Mention[]): string[][] {
  const byStart = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byStart.get(m.start);
    if (list) list.push(m);
    else byStart.set(m.start, [m]);
  }
  const nameOf = (s: Span) => {
    const mention = byStart.get(s.start)?.find((m) => m.end === s.end);
    return (mention ? mention.name : text.slice(s.start, s.end)).toLowerCase();
  };
  return events.map((event) => {
    const names: string[] = [];
    for (const s of event.actorSpans) names.push(nameOf(s));
    for (const s of event.recipientSpans) names.push(nameOf(s));
    return names;
  });
}

/** Whether the event's sentence itself dates it (a carried date is only a guess). */
function ownDate(event: Event): boolean {
  return (
    event.date !== null &&
    event.dateSpan !== null &&
    event.dateSpan.start >= event.start &&
    event.dateSpan.end <= event.end
  );
}

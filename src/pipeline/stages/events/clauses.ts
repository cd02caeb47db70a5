import type { Span } from '../../../core/index.js';
import type { EventVocabulary, TriggerValue } from './vocabulary.js';

/**
 * The clauses of a sentence that decide what a trigger in it reports, found once per sentence:
 * - reported clauses: after a speech verb and its complementizer ("X said on Monday that …", "dijo que …"),
 *   the words before belong to the teller, so nobody named there acts in an event told after it;
 * - background clauses: a clause of time opened by "after", "tras", "luego de" … tells what came before
 *   the sentence's own news; it runs to a comma that closes it, or to the sentence's end.
 */
export interface Clauses {
  /** Where each reported clause opens (the end of its complementizer), in text order. */
  readonly reports: readonly number[];
  /** The background clauses, in text order. */
  readonly background: readonly Span[];
}

export function clausesOf(text: string, sentence: Span, vocabulary: EventVocabulary): Clauses {
  const reports: number[] = [];
  for (const verb of vocabulary.speechVerbs.findAll(text, sentence.start, sentence.end)) {
    const after = vocabulary.complementAfter.exec(text.slice(verb.end, Math.min(sentence.end, verb.end + 48)));
    if (after) reports.push(verb.end + after.index + after[0].length);
  }
  const background: Span[] = [];
  for (const opener of vocabulary.backgroundOpeners.findAll(text, sentence.start, sentence.end)) {
    // Opening the sentence, the clause ends at its first comma ("After the talks, …"); later, at a comma before a
    // word in lower case ("…, tras dos semanas de espera, resolvió …"), not one inside a place ("Tampico, Tamaulipas").
    const opening = /^[\s"“«¿¡]*$/u.test(text.slice(sentence.start, opener.start));
    let end = sentence.end;
    for (
      let comma = text.indexOf(',', opener.end);
      comma >= 0 && comma < sentence.end;
      comma = text.indexOf(',', comma + 1)
    ) {
      if (opening || /^\s*\p{Ll}/u.test(text.slice(comma + 1, comma + 4))) {
        end = comma;
        break;
      }
    }
    background.push({ start: opener.start, end });
  }
  return { reports, background };
}

/** Where the reported clause that holds a position opens, or the sentence's start when none does. */
export function reportOpening(clauses: Clauses, sentence: Span, at: number): number {
  let opening = sentence.start;
  for (const r of clauses.reports) if (r <= at) opening = r;
  return opening;
}

/** The background clause that holds a trigger, if any. */
export function backgroundOf(clauses: Clauses, trigger: Span): Span | null {
  for (const b of clauses.background) if (b.start < trigger.start && trigger.end <= b.end) return b;
  return null;
}

/**
 * Whether a trigger stands in the complement of a threat, agreement or request told before it in the
 * sentence ("threat of imposing tariffs on", "agreed to organize a meeting", "hemos insistido en … la
 * detención de"): what is threatened, agreed or asked for has not happened, so it is no event of its own.
 * The complement ends at a clause break ("but", "pero"), a background clause or a semicolon.
 */
export function isGoverned(
  text: string,
  trigger: Span,
  triggers: readonly { readonly start: number; readonly end: number; readonly value: TriggerValue }[],
  vocabulary: EventVocabulary,
): boolean {
  for (const t of triggers) {
    if (t.end > trigger.start) break;
    // An announcement or a statement tells what was done ("announced the arrest of"); signing an order tells what it does.
    if (!t.value.trigger.governs) continue;
    const between = text.slice(t.end, trigger.start);
    if (between.includes(';') || between.includes(':')) continue;
    if (
      vocabulary.clauseBreaks.test(text, t.end, trigger.start) ||
      vocabulary.backgroundOpeners.test(text, t.end, trigger.start)
    )
      continue;
    return true;
  }
  return false;
}

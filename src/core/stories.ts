import type { PloverType, EventTiming } from './events.js';

/** One report of an event: the sentence of one document that tells it. */
export interface StoryReport {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  /** The date this report gives the event (ISO, possibly YYYY-MM or YYYY), or null. */
  readonly date: string | null;
}

/** One real-world event as several documents report it: every report kept, with its source. */
export interface EventStory {
  /** Stable within one analysis: the first report's document and offset. */
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly timing: EventTiming;
  /** The earliest and latest of the finest dates the reports give (days over months over years), or null when none gives a date. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Entity ids of the participants any report names, sorted. */
  readonly participants: readonly string[];
  readonly documents: readonly string[];
  readonly reports: readonly StoryReport[];
}

/** Words that mark page furniture in one language; see `en/furniture.ts` for what each list holds. */
export interface FurnitureLexicon {
  readonly prompts: readonly string[];
  readonly links: readonly string[];
  readonly leads: readonly string[];
  readonly listHeadings: readonly string[];
  readonly widgets: readonly string[];
  readonly bylineCues: readonly string[];
  readonly datelineCues: readonly string[];
  /** Words that name a newsroom, not a person, in a byline ("Redacción", "Staff"). */
  readonly deskWords: readonly string[];
  /** Words that make a short line a site notice wherever it stands ("cookies", "newsletter"). */
  readonly noticeWords: readonly string[];
}

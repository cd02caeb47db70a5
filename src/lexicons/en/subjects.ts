// Subjects that the commitment and the event lexicons both look for: one list, so the two stages agree
// on who "both governments" or "we" are.

/** Plural subjects that stand for both sides of a meeting at once. */
export const bothSides: readonly string[] = [
  'both governments',
  'both countries',
  'both sides',
  'both nations',
  'the two governments',
  'the two countries',
  'the two sides',
  'the delegations',
  'both leaders',
  'the two leaders',
  'the two men',
  'the two women',
  'the two officials',
  'both delegations',
  'the two delegations',
];

/** Words of a speaker talking for themselves or their side. */
export const firstPerson: readonly string[] = ['we', 'our', 'us', 'i'];

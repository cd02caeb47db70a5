import type { CommitmentLexicon } from '../commitment-lexicon.js';

/** English commitment cues and the words that tell a promise from a forecast, a threat or history. */
export const commitments: CommitmentLexicon = {
  modals: ['will', 'shall', 'are to', 'is to'],
  pledgeLemmas: [
    'agree to', 'commit to', 'pledge to', 'pledge that', 'vow to',
    'undertake to', 'offer to', 'prioritize', 'prioritise', 'resolve to',
  ],
  pledgePhrases: [
    'pledged', 'promised to', 'promising to', 'promised that', 'promise to', 'agreed on', 'agreed that', 'commitments to', 'commitment to', 'pledge by', 'pledge made by', 'guarantee that', 'guaranteed that',
    'assurance that', 'assurances that', 'is committed to', 'are committed to', 'remains committed to', 'remain committed to',
    'is the policy of', 'is devoted to', 'are devoted to', 'is dedicated to', 'are dedicated to', 'is required to',
    'are required to', 'will be required to', 'is scheduled to', 'are scheduled to', 'was scheduled to', 'were scheduled to',
    'look forward to', 'offered up to', 'offers up to', 'offered a reward', 'offers a reward', 'aims to', 'aim to', 'seeks to',
    'seek to', 'is seeking to', 'are seeking to',
  ],
  notCues: ['in order to', 'in order for', 'political will', 'the will of', 'free will', 'good will', 'ill will', 'will power', 'aim to please'],
  passiveCues: ['was announced, to', 'were announced, to', 'to meet regularly and', 'that will meet', 'that meets'],
  reportedCues: [
    'would', 'would not', "wouldn't", 'expects to', 'expected to', 'expect to', 'plans to', 'planned to', 'intends to', 'intended to',
  ],
  refusalCues: ['not on the table', 'off the table', 'out of the question'],
  directiveLemmas: ['direct', 'order', 'instruct', 'task'],
  directiveLinks: ['to'],
  aimNouns: ['aim', 'goal', 'objective', 'purpose', 'intent', 'intention', 'mission'],
  aimCopulas: ['is to', 'are to', 'was to', 'will be to'],
  programmeNouns: ['strategy', 'plan', 'programme', 'program', 'initiative', 'mechanism'],
  definiteArticles: ['the'],
  purposeLinks: ['to'],
  infinitiveEndings: [],
  relativePronouns: ['that', 'which', 'who'],
  relativeObjectMarkers: ['of', 'to', 'in', 'by', 'for', 'with'],
  determiners: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'any', 'all'],
  agreementNouns: ['agreement', 'deal', 'accord', 'pact', 'arrangement', 'memorandum'],
  contentLemmas: ['include', 'provide for', 'call for', 'establish', 'contemplate', 'envisage', 'set out'],
  planSubjects: [
    'deployment', 'meeting', 'ministerial', 'programme', 'program', 'plan', 'strategy', 'initiative', 'agreement', 'operation',
    'group', 'mechanism', 'summit', 'talks', 'negotiations', 'review', 'pause', 'dialogue', 'task force',
  ],
  conditionals: ['if', 'unless', 'should'],
  firstPersonFutureEndings: [],
  coordinators: ['and'],
  futureEndings: [],
  // "I will believe it when I see …", "we will see": a state of mind or a forecast, not a promise.
  futureExceptions: ['believe', 'know', 'think', 'remember', 'wonder', 'feel', 'seem', 'depend', 'happen', 'see', 'consider', 'likely', 'probably'],
  impersonalPronouns: [],
  plannedActLemmas: [],
  adviceModals: ['should', 'must', 'ought to', 'needs to', 'need to', 'has to', 'have to', 'could', 'might'],
  copulaVerbs: ['be'],
  participleEndings: ['ed', 'en'],
  modalGap: ['also', 'now', 'soon', 'jointly', 'both', 'each', 'then'],
  groupSubjects: [
    'both governments', 'both countries', 'both sides', 'both nations', 'the two governments', 'the two countries', 'the two sides',
    'the delegations', 'both leaders', 'the two leaders', 'the two men', 'the two women', 'the two officials', 'both delegations',
    'the two delegations', 'the two', 'the secretaries', 'the ministers',
  ],
  firstPerson: ['we', 'our', 'us', 'i'],
  historyMarkers: [
    'during the campaign', 'during his campaign', 'during her campaign', 'during the election campaign', 'during his election campaign',
    'on the campaign trail', 'campaign promise', 'campaign promises', 'campaign pledge', 'campaign pledges', 'as a candidate',
  ],
  threatWords: [
    'attack', 'attacks', 'attacking', 'strike', 'strikes', 'bomb', 'bombing', 'invade', 'invasion', 'military force', 'use force',
    'impose', 'imposing',
  ],
  negations: ['not', 'never', 'no', "won't", "wouldn't"],
  talkNouns: ['press conference', 'news conference', 'press briefing', 'briefing', 'news briefing', 'speech', 'interview'],
};

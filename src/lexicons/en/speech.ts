import type { SpeechLexicon } from '../speech-lexicon.js';

/**
 * English speech attribution. Verbs are listed in every form reporting uses them. Labelling verbs
 * ("described as", "called", "labeled") are left out of the fragment cues: what follows them is a label.
 */
export const speech: SpeechLexicon = {
  verbs: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained', 'explains',
    'argued', 'argues', 'warned', 'warns', 'insisted', 'insists', 'emphasized', 'emphasised', 'emphasizes', 'stressed', 'stresses',
    'acknowledged', 'acknowledges', 'declared', 'declares', 'asserted', 'asserts', 'observed', 'observes', 'remarked', 'remarks',
    'recalled', 'recalls', 'wrote', 'writes', 'replied', 'responded', 'answered', 'countered', 'cautioned', 'conceded', 'admitted',
    'maintained', 'contended', 'commented', 'asked', 'asks', 'pointed out', 'urged', 'predicted', 'announced', 'confirmed', 'concluded', 'continued', 'put it', 'testified', 'posted',
    'summarized', 'summarised', 'summed up', 'hailed', 'praised', 'lauded', 'criticized', 'criticised', 'condemned', 'denounced',
    'reiterated', 'complained', 'claimed', 'lamented', 'alleged', 'alleges', 'estimated', 'estimates', 'cautions', 'points to', 'pointed to',
    // Plural present forms, for groups that speak: "analysts caution", "prosecutors allege".
    'argue', 'insist', 'warn', 'caution', 'allege', 'estimate', 'maintain', 'maintains', 'contend', 'contends', 'stress', 'explain',
  ],
  fragmentCues: ['promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'called for', 'demanded', 'promising', 'vowing', 'called', 'calling', 'calls'],
  sources: ['according to', 'in the words of', 'in the view of', 'in the opinion of'],
  adverbs: ['reportedly', 'later', 'also', 'then', 'again', 'publicly', 'privately', 'separately', 'repeatedly', 'previously', 'once', 'bluntly', 'flatly'],
  reportedVerbs: ['outlined', 'conveyed', 'suggested', 'indicated', 'signaled', 'signalled', 'proposed', 'pressed', 'raised', 'expressed', 'urged'],
  pronouns: ['he', 'she', 'they'],
  pluralPronouns: ['they'],
  anonymousHeads: [
    'official', 'officials', 'source', 'sources', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'diplomats', 'aide', 'aides',
    'adviser', 'advisor', 'analyst', 'analysts', 'officer', 'agent', 'prosecutor', 'negotiator', 'lawmaker', 'person', 'people', 'expert',
    'commander', 'general', 'secretary', 'ambassador', 'minister', 'director',
  ],
  indefinites: ['a', 'an', 'one', 'two', 'three', 'several', 'another', 'the'],
  auxiliaries: ['has', 'have', 'had', 'would', 'will', 'could'],
  reportVerbs: ['reported', 'reports', 'report'],
  questionVerbs: ['asked', 'asks', 'wanted to know', 'wondered'],
  complementizers: ['that'],
  questionWords: ['how', 'whether', 'if', 'why', 'what', 'when', 'where', 'who', 'which'],
  participles: ['saying', 'adding', 'noting', 'arguing', 'warning', 'insisting', 'pledging', 'stressing', 'explaining', 'claiming', 'asserting', 'stating', 'promising', 'vowing'],
  askedOpeners: ['asked', 'questioned', 'pressed'],
  coordinators: ['and', 'but', 'while'],
  clauseOpeners: ['but', 'and', 'yet', 'still'],
  definiteArticles: ['the'],
  institutionKinds: ['organization', 'organisation', 'group', 'agency', 'institute', 'center', 'centre'],
  inclusions: ['including', 'among them', 'such as'],
  groupDeterminers: ['the', 'some', 'many', 'several', 'most', 'other', 'both', 'two', 'three', 'four', 'a', 'an', 'one'],
  // Not "critics": "Critics say …" is the writer's framing unless the sentence names them.
  groupHeads: [
    'officials', 'authorities', 'prosecutors', 'analysts', 'experts', 'investigators', 'lawmakers', 'legislators', 'diplomats',
    'sources', 'observers', 'researchers', 'officers', 'agents', 'delegation', 'delegations', 'embassy', 'ministry', 'government',
    'administration', 'agency', 'office', 'court', 'committee', 'spokesperson', 'spokesman', 'spokeswoman', 'lawyers', 'attorneys',
    'defense', 'defence', 'police', 'navy', 'army', 'military', 'company', 'group', 'organization', 'organisation', 'residents',
    'witnesses', 'activists', 'advocates',
  ],
  documentHeads: [
    'indictment', 'indictments', 'complaint', 'report', 'reports', 'document', 'documents', 'statement', 'figures', 'data', 'records',
    'study', 'survey', 'review', 'fact sheet', 'filing', 'filings', 'estimates', 'communiqué', 'analysis', 'audit', 'release', 'memo',
    'letter', 'ruling', 'numbers', 'tally', 'census',
  ],
  documentVerbs: ['show', 'shows', 'showed', 'suggest', 'suggests', 'indicate', 'indicates', 'reveal', 'reveals', 'revealed'],
  opinionFrames: ['in his view', 'in her view', 'in their view', 'in his opinion', 'in her opinion', 'in their opinion'],
  viewpoints: [],
  sourceBlockers: [],
  circumstances: ['in', 'on', 'at', 'to', 'through'],
  speakerGroups: ['officials', 'sources', 'diplomats', 'analysts', 'authorities', 'prosecutors'],
  feminineMarks: ['ms', 'mrs', 'miss', 'madam', 'chairwoman', 'spokeswoman', 'congresswoman', 'businesswoman', 'councilwoman', 'she', 'woman', 'lady'],
  masculineMarks: ['mr', 'sir', 'chairman', 'spokesman', 'congressman', 'businessman', 'councilman', 'he', 'man'],
  feminineGivenNames: [
    'alice', 'amanda', 'amy', 'angela', 'ann', 'anna', 'anne', 'barbara', 'beth', 'carol', 'catherine', 'christine', 'claire', 'deborah',
    'diana', 'dorothy', 'elizabeth', 'ellen', 'emily', 'emma', 'grace', 'hannah', 'helen', 'jane', 'janet', 'jennifer', 'jessica', 'joan',
    'joyce', 'judith', 'julia', 'julie', 'karen', 'kate', 'katherine', 'kathleen', 'kelly', 'kimberly', 'kristi', 'laura', 'linda', 'lisa',
    'martha', 'mary', 'megan', 'melissa', 'michelle', 'nancy', 'nicole', 'pam', 'pamela', 'patricia', 'rachel', 'rebecca', 'ruth', 'sarah',
    'sharon', 'susan', 'victoria', 'stephanie', 'vanda', 'wendy', 'olivia', 'tulsi', 'kristi', 'tammy', 'kamala', 'hillary', 'nikki',
    'liz', 'tina', 'lori', 'marsha', 'maxine', 'ilhan', 'alexandria', 'gina', 'janet', 'jeanne', 'heather', 'ashley', 'amber', 'brenda',
  ],
  feminineNameEndings: [],
  masculineNameExceptions: [],
};

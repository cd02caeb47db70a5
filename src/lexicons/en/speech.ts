import type { SpeechLexicon } from '../speech-lexicon.js';

/**
 * English speech attribution. Verbs are lemmas: the quotes stage makes their forms. Labelling verbs
 * ("described as", "called", "labeled") are left out of the fragment cues: what follows them is a label.
 */
export const speech: SpeechLexicon = {
  // Lemmas: every form of each is made by `wordForms` (src/pipeline/common/inflection.ts).
  verbLemmas: [
    'say', 'tell', 'add', 'note', 'state', 'explain', 'argue', 'warn', 'insist', 'emphasize', 'emphasise', 'stress', 'acknowledge',
    'declare', 'assert', 'observe', 'remark', 'recall', 'write', 'reply', 'respond', 'answer', 'counter', 'caution', 'concede', 'admit',
    'maintain', 'contend', 'comment', 'ask', 'point out', 'urge', 'predict', 'announce', 'confirm', 'conclude', 'continue', 'put it',
    'testify', 'post', 'summarize', 'summarise', 'sum up', 'hail', 'praise', 'laud', 'criticize', 'criticise', 'condemn', 'denounce',
    'reiterate', 'complain', 'claim', 'lament', 'allege', 'estimate', 'point to', 'highlight', 'reaffirm', 'detail', 'underline',
    'underscore', 'assure', 'deny', 'clarify', 'specify', 'affirm', 'disclose', 'make clear',
  ],
  // Word forms, read by the commitments stage until it makes them from `verbLemmas`; the quotes stage reads only the lemmas.
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
    'highlighted', 'highlights', 'reaffirmed', 'reaffirms', 'detailed', 'details', 'underlined', 'underscored', 'assured', 'assures', 'denied', 'denies', 'clarified', 'specified', 'affirmed', 'disclosed', 'replied', 'added',
  ],
  // "note" reports as "noted" and "notes"; bare, reporting writes it as a noun ("in a note", "experts note" is the writer's framing).
  nounForms: ['note', 'posts', 'comments', 'claims', 'answers', 'counters', 'praise'],
  perfectAuxiliaries: [],
  fragmentCues: ['promise', 'vow', 'pledge', 'call for', 'demand', 'call'],
  sources: ['according to', 'in the words of', 'in the view of', 'in the opinion of'],
  adverbs: ['reportedly', 'later', 'also', 'then', 'again', 'publicly', 'privately', 'separately', 'repeatedly', 'previously', 'once', 'bluntly', 'flatly', 'first', 'recently', 'further', 'likewise'],
  reportedVerbs: ['outline', 'convey', 'suggest', 'indicate', 'signal', 'propose', 'press', 'raise', 'express', 'urge'],
  governmentHeads: ['government', 'authorities'],
  jointGroups: ['both', 'the two', 'the secretaries', 'the ministers', 'the leaders', 'the presidents', 'the delegations', 'both delegations', 'the meeting', 'the talks', 'the joint statement', 'a joint statement', 'their joint statement'],
  pluralPossessives: ['their'],
  pronouns: ['he', 'she', 'they'],
  pluralPronouns: ['they'],
  anonymousHeads: [
    'official', 'officials', 'source', 'sources', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'diplomats', 'aide', 'aides',
    'adviser', 'advisor', 'analyst', 'analysts', 'officer', 'agent', 'prosecutor', 'negotiator', 'lawmaker', 'person', 'people', 'expert',
    'commander', 'general', 'secretary', 'ambassador', 'minister', 'director',
    'president', 'governor', 'chancellor', 'nominee', 'reporter', 'spokesperson',
  ],
  indefinites: ['a', 'an', 'one', 'two', 'three', 'several', 'another', 'the'],
  auxiliaries: ['has', 'have', 'had', 'would', 'will', 'could'],
  subordinators: ['after', 'while', 'as', 'because', 'since', 'although', 'though', 'when', 'even as', 'a day after', 'days after'],
  reportVerbs: ['report', 'announce', 'confirm', 'believe', 'agree', 'establish', 'suggest', 'reveal', 'offer', 'threaten'],
  questionVerbs: ['ask', 'want to know', 'wonder'],
  complementizers: ['that'],
  clauseSubjects: ['he', 'she', 'it', 'they', 'we', 'i', 'there'],
  timeWords: ['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'recently', 'previously',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  questionWords: ['how', 'whether', 'if', 'why', 'what', 'when', 'where', 'who', 'which'],
  // Lemmas whose gerund gives what follows to the sentence's subject; those of `verbs`, `reportVerbs` and `fragmentCues` do too.
  participles: ['pledge', 'promise', 'vow'],
  askedOpeners: ['ask', 'question', 'press'],
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
    'leaders', 'secretaries', 'ministers', 'governments', 'meeting', 'talks',
  ],
  documentHeads: [
    'investigation', 'investigations', 'indictment', 'indictments', 'complaint', 'report', 'reports', 'document', 'documents', 'statement', 'figures', 'data', 'records',
    'study', 'survey', 'review', 'fact sheet', 'filing', 'filings', 'estimates', 'communiqué', 'analysis', 'audit', 'release', 'memo',
    'letter', 'ruling', 'numbers', 'tally', 'census',
  ],
  publications: ['report', 'statement', 'release', 'communiqué', 'fact sheet', 'bulletin'],
  singularPossessives: ['its'],
  documentVerbs: ['show', 'suggest', 'indicate', 'reveal'],
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
  turnLabels: ['moderator', 'question', 'q', 'answer', 'a', 'secretary', 'president', 'ambassador', 'minister', 'mr', 'ms', 'participant', 'reporter', 'operator', 'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'chairman', 'chairwoman', 'director', 'general', 'governor'],
};

import { dayOffsets, type EventLexicon } from '../event-lexicon.js';

/**
 * English event vocabulary mapped to PLOVER. Our own modes: `transfer_custody` (extraditions and
 * transfers of detainees to the other country) and `designate` (terrorist or sanctions designations).
 */
export const events: EventLexicon = {
  triggers: [
    { type: 'consult', mode: 'meet', words: ['met', 'meet', 'meets', 'meeting with'], lemmas: ['meet with', 'hold talks', 'sit down with', 'confer', 'host'], nouns: ['meeting', 'meetings', 'talks', 'summit', 'session'] },
    { type: 'consult', mode: 'visit', words: ['visits', 'travelled to', 'flew to'], lemmas: ['visit', 'travel to'], nouns: ['visit', 'trip'] },
    { type: 'consult', mode: 'phone', words: ['phoned', 'called', 'speaking with'], lemmas: ['speak by phone', 'speak by telephone', 'speak with', 'speak to', 'talk with', 'talk to', 'hold a call'], nouns: ['phone call', 'call', 'telephone call', 'conversation'] },
    // "Spoke on Friday with …": a day or the means may stand between the verb and its partner.
    { type: 'consult', mode: 'phone', words: [], lemmas: ['speak', 'talk'], objects: ['with'] },
    // Our mode of consult: PLOVER has no type for one side speaking in public, so a formal statement, press
    // conference, briefing or post that the text reports is a consultation with the public; a plain "said"
    // is a quote, and counts only with a date beside it ("said Monday").
    {
      type: 'consult', mode: 'statement',
      words: ['said in a statement', 'in a statement', 'made the statement', 'posted', 'wrote on', 'said on social media', 'said on x'],
      lemmas: ['issue a statement', 'tell reporters', 'tell a news conference', 'tell a press conference', 'tell a media briefing', 'testify', 'appear before'],
      nouns: ['statement of', 'press conference', 'news conference', 'media briefing', 'press briefing', 'morning press conference', 'testimony', 'readout'],
      dated: ['said', 'says', 'told', 'warned', 'stated', 'declared', 'reiterated', 'insisted'],
    },
    { type: 'agree', mode: null, words: ['signed', 'sign', 'signing'], unlessObjects: ['executive order', 'order', 'orders', 'decree', 'proclamation', 'bill', 'law'] },
    { type: 'agree', mode: null, words: ['announced the formation'], lemmas: ['establish', 'approve', 'reach a deal', 'reach an agreement'], nouns: ['agreement', 'accord', 'deal', 'joint statement', 'joint declaration', 'memorandum of understanding', 'pact', 'formation'] },
    // Creating a body is agreeing to it; creating concern or confusion is not.
    { type: 'agree', mode: null, words: ['create', 'creates'], lemmas: ['create'], objects: ['group', 'task force', 'commission', 'committee', 'council', 'mechanism', 'unit', 'working group', 'program', 'programme', 'framework', 'office', 'center', 'centre'] },
    // A pledge or agreement to act: what follows is what was agreed to, not what happened.
    { type: 'agree', mode: null, governs: true, words: ['agree', 'agrees', 'pledged', 'pledged to', 'pledges to', 'promised', 'have agreed', 'has agreed'], lemmas: ['agree', 'commit to'] },
    // PLOVER has no type for statements; announcing a programme, measure or charges is recorded as agreeing to it.
    { type: 'agree', mode: 'announce', words: ['announce', 'announces', 'announcing', 'unveils', 'made public'], lemmas: ['announce', 'unveil'], nouns: ['announcement'] },
    { type: 'support', mode: null, words: ['hailed', 'praised', 'welcomed', 'endorsed', 'backed', 'commended', 'applauded', 'congratulated', 'thanked'] },
    // PLOVER's cooperate: working together, sharing information, help given at the other side's request.
    { type: 'cooperate', mode: null, words: ['cooperated', 'coordinated', 'shared intelligence', 'joined forces', 'teamed up', 'is shared with', 'are shared with', 'was shared with', 'in partnership with', 'in coordination with', 'collaborated', 'worked together', 'working together'], nouns: ['joint operation', 'joint operations', 'intelligence sharing', 'information exchange', 'cooperation between', 'collaboration between', 'coordinated operation', 'bilateral coordination'] },
    { type: 'cooperate', mode: 'transfer_custody', words: ['extradite', 'transferred', 'transferring', 'handed him over', 'handed her over', 'handed them over', 'turned him over', 'sent to the united states', 'taken into u.s. custody'], lemmas: ['extradite', 'hand over', 'turn over', 'expel', 'deport', 'take custody', 'secure custody'], nouns: ['extradition', 'extraditions', 'transfer of', 'handover of', 'swap'] },
    // Sending people is a custody transfer only when those sent are held or wanted.
    { type: 'cooperate', mode: 'transfer_custody', words: ['flew', 'flown'], lemmas: ['send'], objects: ['defendants', 'prisoners', 'inmates', 'detainees', 'fugitives', 'members', 'figures', 'criminals', 'suspects', 'capos', 'kingpins', 'leaders', 'operatives'] },
    { type: 'aid', mode: null, words: ['donated', 'funded', 'provided equipment'], nouns: ['equipment transfers', 'security assistance', 'aid package', 'funding'] },
    { type: 'request', mode: null, governs: true, words: ['requested', 'asked', 'urged', 'urges', 'called on', 'called for', 'demanded', 'demands', 'proposed', 'presenting specific requests', 'calls for', 'calls on', 'pushed for', 'pushes for', 'pushing for', 'pressed', 'pressing', 'pushing her to', 'pushing him to', 'pushing them to', 'insisted that', 'pressure on'], nouns: ['requests', 'proposals', 'proposal', 'demands', 'demand that', 'demands to'] },
    // Presenting is a request only when a request or proposal is presented; a risk or a report is not.
    { type: 'request', mode: null, words: ['presented', 'presents', 'presenting'], objects: ['request', 'requests', 'proposal', 'proposals', 'demand', 'demands', 'plan to'] },
    // Appearing before a committee or court, with a day or other words between, is a statement made there.
    { type: 'consult', mode: 'statement', words: [], lemmas: ['appear'], objects: ['before'] },
    // Criminal charges are accusations: PLOVER's accuse covers charging someone with a crime.
    { type: 'accuse', mode: null, words: ['charged', 'charging', 'alleged to', 'faced charges', 'face charges', 'facing charges', 'charged with'], lemmas: ['accuse', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'indict'], nouns: ['indictment', 'indictments', 'charges against', 'accusations', 'allegations'] },
    { type: 'reject', mode: null, words: ['reject', 'rejects', 'denies', 'not on the table', 'will not accept', "won't accept", 'would not accept', 'does not accept', 'did not accept'], lemmas: ['reject', 'refuse', 'dismiss', 'veto', 'rebuff', 'deny', 'turn down'] },
    // Declining to rule out force is how a threat is usually reported.
    // Readiness to use force, and a reported plan or pledge of a punishment, are threats.
    { type: 'threaten', mode: null, governs: true, words: ['threatens', 'threatening', 'warned of', 'ready to use force', 'use military force', 'use force', 'pledge to impose', 'threat to impose', 'vowed to attack', 'made threats', 'has made threats', 'not ruling out'], lemmas: ['threaten', 'refuse to rule out', 'make threats'], nouns: ['threats of', 'threat of', 'ultimatum', 'threats by', 'threats against', 'threats to', 'threat to', "'s threat", "'s threats", '’s threat', '’s threats'] },
    // Not ruling out force is a threat: the negation is the threat's own wording.
    { type: 'threaten', mode: null, governs: true, words: ['did not rule out', 'does not rule out', 'would not rule out', "won't rule out"] },
    { type: 'sanction', mode: null, words: ['sanctioned', 'sanctioning', 'froze', 'frozen', 'blocked', 'blocks', 'cut off'], lemmas: ['blacklist', 'impose sanctions', 'impose tariffs'], nouns: ['sanctions on', 'sanctions against', 'tariffs on'] },
    // Adding people to a list of blocked or sanctioned persons is sanctioning them.
    { type: 'sanction', mode: null, words: ['adds', 'adding'], lemmas: ['add'], objects: ['list'] },
    { type: 'sanction', mode: 'designate', words: ['designate', 'designates', 'designating', 'labeled', 'labelled'], lemmas: ['designate', 'identify as'], nouns: ['designation', 'designations'] },
    { type: 'protest', mode: null, words: ['protested', 'demonstrated', 'marched'], nouns: ['protest', 'protests'] },
    { type: 'mobilize', mode: null, words: ['deployed', 'deploys', 'deploying', 'mobilized', 'sent troops'], nouns: ['deployment of'] },
    { type: 'coerce', mode: 'arrest', words: [], lemmas: ['arrest', 'detain', 'capture', 'apprehend'], nouns: ['arrest of', 'arrests of', 'detention of', 'arrests'] },
    { type: 'coerce', mode: 'seize', words: ['neutralised', 'shut down'], lemmas: ['seize', 'confiscate', 'intercept', 'raid', 'dismantle', 'uncover', 'discover', 'neutralize', 'conduct a raid', 'execute a search warrant'], nouns: ['seizure of', 'seizures of', 'raid on', 'raid by', 'raid at', 'raids'] },
    { type: 'assault', mode: 'aerial', words: ['bombed', 'struck', 'launched strikes', 'launched airstrikes', 'carried out strikes'], nouns: ['airstrike', 'airstrikes', 'air strike', 'drone strike', 'strike on', 'strikes on', 'strikes against'] },
    { type: 'assault', mode: null, words: ['attacked', 'ambushed', 'killed'], nouns: ['attack on', 'ambush'] },
    { type: 'retreat', mode: null, words: ['withdrew', 'pulled out', 'lifted', 'suspended'] },
    // A government "released" prisoners (a retreat) or a statement, a report, figures (no event of its own).
    { type: 'retreat', mode: null, words: ['released'], unlessObjects: ['statement', 'statements', 'joint statement', 'report', 'reports', 'readout', 'video', 'data', 'figures', 'list', 'document', 'documents', 'details', 'images', 'photos', 'transcript', 'plan', 'communiqué', 'guidance'] },
    { type: 'concede', mode: null, words: ['conceded', 'backed down', 'waived', 'eased restrictions'] },
  ],
  notTriggers: [
    // "Companies that deal with …": the verb of doing business, not the noun of an agreement ("a deal with the U.S.").
    'that deal with', 'who deal with', 'which deal with', 'to deal with', 'dealt with', 'dealing with',
    // "called" names or labels far more often than it phones.
    'called it', 'called him', 'called her', 'called them', 'called that', 'called this', 'what they call', 'so-called', 'call it',
    // Goals, deadlines and promises are met too.
    'meets its', 'meet its', 'met its', 'meet the deadline', 'met the deadline', 'meet the target', 'met the target',
    'meet the criteria', 'meets the criteria', 'met the criteria', 'meet the requirements', 'meets the requirements', 'met the requirements',
    'discover that', 'announce that', 'establish that', 'sanctions approach', 'sanctions policy', 'sanctions regime',
    // Asking not to be named is how a source is introduced, not a request; not ruling out "that" is a possibility, not a threat.
    // A journalist's question is not a request between parties.
    'the reporter asked', 'a reporter asked', 'reporters asked', 'when asked', 'asked about', 'asked whether', 'asked if', 'was asked',
    'asked not to be named', 'asked not to be identified', 'asked for anonymity', 'requested anonymity',
    'did not rule out that', 'does not rule out that', 'would not rule out that',
    // Moving money is not moving people in custody.
    'transfer of funds', 'transfers of funds', 'transferred funds', 'transferred money',
    // "Firms accused of fraud": a description of those named, not an accusation the sentence reports.
    'accused of',
  ],
  contexts: {
    trafficking: ['trafficking', 'smuggling', 'smuggled', 'tunnel', 'tunnels', 'traffickers', 'contraband'],
    illegal_drugs: ['drug', 'drugs', 'fentanyl', 'cocaine', 'methamphetamine', 'narcotics', 'opioids', 'precursor', 'heroin'],
    crime: ['cartel', 'cartels', 'criminal', 'crime', 'money laundering', 'fuel theft', 'gang', 'kingpin'],
    migration: ['migrant', 'migrants', 'migration', 'asylum', 'deportation', 'border crossings', 'refugees'],
    diplomatic: ['meeting', 'summit', 'talks', 'ambassador', 'foreign minister', 'secretary of state', 'diplomatic', 'embassy', 'statement'],
    military: ['troops', 'army', 'navy', 'military', 'soldiers', 'marines', 'national guard'],
    economic: ['trade', 'tariffs', 'tariff', 'investment', 'economy', 'exports', 'imports'],
    terrorism: ['terrorist', 'terrorism', 'terror'],
    weapons: ['weapons', 'firearms', 'guns', 'rifles', 'arms trafficking', 'ammunition'],
  },
  timing: {
    future: ['will', "'ll", 'shall', 'scheduled to', 'is to', 'are to', 'plans to', 'planned', 'upcoming', 'next', 'expected to', 'set to', 'going to', 'would meet'],
    negated: ['not', "n't", 'never', 'no', 'without', 'failed to', 'denied that'],
    hypothetical: ['if', 'could', 'might', 'may', 'would', 'possibility of', 'potential', 'potentially', 'suggested the possibility'],
    ongoing: ['is meeting', 'are meeting', 'continues to', 'continue to', 'ongoing', 'under way', 'underway', 'are holding'],
  },
  spanOpeners: ['since'],
  dayOffsets: dayOffsets(
    { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 },
    { day: 1, days: 1, week: 7, weeks: 7 },
    { after: -1, before: 1 },
  ),
  definites: ['the', 'that', 'this', 'those', 'these'],
  describingPrepositions: ['of', 'on', 'for', 'about', 'with'],
  phraseEnds: ['and', 'or'],
  passiveAuxiliaries: ['was', 'were', 'been', 'is', 'are', 'being'],
  auxiliaries: ['was', 'were', 'been', 'is', 'are', 'has', 'have', 'had'],
  agentMarkers: ['by'],
  subjectPronouns: ['he', 'she', 'they'],
  demonyms: { mexican: 'MEX', american: 'USA', canadian: 'CAN' },
  agentNouns: [
    'authorities', 'officials', 'forces', 'marines', 'troops', 'soldiers', 'agents', 'police', 'prosecutors', 'court', 'courts',
    'navy', 'army', 'government', 'side', 'delegation', 'negotiators', 'investigators', 'officers', 'judge',
  ],
  groupSubjects: ['they', 'the secretaries', 'the ministers', 'the presidents', 'both presidents', 'the two presidents', 'the envoys', 'both governments', 'both countries', 'both sides', 'both nations', 'the two governments', 'the two countries', 'the two sides', 'the delegations', 'both leaders', 'the two leaders', 'the two men', 'the two women', 'the two officials', 'both delegations', 'the two delegations'],
  firstPerson: ['we', 'our', 'us', 'i'],
  placePrepositions: ['in', 'at', 'near', 'off'],
  placeArticles: ['the'],
  placeLinks: ['of'],
  relativeOpeners: ['who', 'whom', 'whose', 'which', 'where'],
  backgroundOpeners: ['after', 'before', 'since'],
  clauseBreaks: ['but', 'while', 'whereas', 'although', 'because', 'when'],
  topicMarkers: ['about', 'regarding', 'on the subject of'],
  quantifiers: ['several', 'many', 'some', 'all', 'both', 'most', 'few', 'a', 'an', 'his', 'her', 'its', 'their', 'our'],
  justDone: [],
  elidedSubjectEndings: [],
};

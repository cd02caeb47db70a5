import { dayOffsets, type EventLexicon } from '../event-lexicon.js';

/**
 * English event vocabulary mapped to PLOVER. Our own modes: `transfer_custody` (extraditions and
 * transfers of detainees to the other country) and `designate` (terrorist or sanctions designations).
 */
export const events: EventLexicon = {
  triggers: [
    { type: 'consult', mode: 'meet', words: ['met', 'meet', 'meets', 'meeting with', 'held talks', 'hold talks', 'sat down with', 'conferred', 'hosted'], nouns: ['meeting', 'meetings', 'talks', 'summit', 'session'] },
    { type: 'consult', mode: 'visit', words: ['visited', 'visits', 'traveled to', 'travelled to', 'flew to'], nouns: ['visit', 'trip'] },
    { type: 'consult', mode: 'phone', words: ['spoke by phone', 'phoned', 'called'], nouns: ['phone call', 'call'] },
    { type: 'agree', mode: null, words: ['agreed', 'agree', 'agrees', 'signed', 'sign', 'signs', 'established', 'establish', 'announced the formation', 'launched', 'created', 'approved', 'pledged', 'pledged to', 'committed to', 'promised'], nouns: ['agreement', 'accord', 'deal', 'joint statement', 'joint declaration', 'memorandum of understanding', 'pact', 'formation'] },
    // PLOVER has no type for statements; announcing a programme, measure or charges is recorded as agreeing to it.
    { type: 'agree', mode: 'announce', words: ['announced', 'announces', 'unveiled'] },
    { type: 'support', mode: null, words: ['hailed', 'praised', 'welcomed', 'endorsed', 'backed', 'commended', 'applauded', 'congratulated', 'thanked'] },
    { type: 'cooperate', mode: null, words: ['cooperated', 'coordinated', 'shared intelligence', 'joined forces'], nouns: ['joint operation', 'joint operations', 'intelligence sharing'] },
    { type: 'cooperate', mode: 'transfer_custody', words: ['extradited', 'extradite', 'transferred', 'handed over', 'handed him over', 'handed her over', 'handed them over', 'turned over', 'turned him over', 'sent to the united states', 'expelled', 'took custody', 'taken into u.s. custody'], nouns: ['extradition', 'extraditions', 'transfer of'] },
    { type: 'aid', mode: null, words: ['donated', 'funded', 'provided equipment'], nouns: ['equipment transfers', 'security assistance', 'aid package', 'funding'] },
    { type: 'request', mode: null, words: ['requested', 'asked', 'urged', 'called on', 'called for', 'demanded', 'proposed', 'presenting specific requests', 'presented', 'calls for', 'calls on'], nouns: ['requests', 'proposals', 'proposal'] },
    { type: 'accuse', mode: null, words: ['accused', 'blamed', 'criticized', 'criticised', 'condemned', 'denounced'] },
    { type: 'reject', mode: null, words: ['rejected', 'reject', 'rejects', 'refused', 'dismissed', 'vetoed', 'will not accept', "won't accept", 'would not accept', 'does not accept', 'did not accept'] },
    // Declining to rule out force is how a threat is usually reported.
    { type: 'threaten', mode: null, words: ['threatened', 'threatens', 'warned of', 'refused to rule out', 'refuses to rule out', 'did not rule out', 'does not rule out', 'would not rule out', "won't rule out", 'not ruling out'], nouns: ['threats of', 'threat of', 'ultimatum'] },
    { type: 'sanction', mode: null, words: ['sanctioned', 'imposed sanctions', 'imposed tariffs', 'blacklisted', 'froze'], nouns: ['sanctions', 'tariffs on'] },
    { type: 'sanction', mode: 'designate', words: ['designated', 'designates', 'labeled', 'labelled'], nouns: ['designation', 'designations'] },
    { type: 'protest', mode: null, words: ['protested', 'demonstrated', 'marched'], nouns: ['protest', 'protests'] },
    { type: 'mobilize', mode: null, words: ['deployed', 'deploys', 'mobilized', 'sent troops'], nouns: ['deployment of'] },
    { type: 'coerce', mode: 'arrest', words: ['arrested', 'detained', 'captured', 'apprehended'], nouns: ['arrest of', 'arrests of', 'detention of'] },
    { type: 'coerce', mode: 'seize', words: ['seized', 'confiscated', 'intercepted', 'raided', 'dismantled', 'uncovered', 'discovered'], nouns: ['seizure of', 'seizures of', 'raid on', 'raid by'] },
    { type: 'assault', mode: 'aerial', words: ['bombed', 'struck'], nouns: ['airstrike', 'air strike', 'drone strike', 'strike on', 'strikes on'] },
    { type: 'assault', mode: null, words: ['attacked', 'ambushed', 'killed'], nouns: ['attack on', 'ambush'] },
    { type: 'retreat', mode: null, words: ['withdrew', 'pulled out', 'released', 'lifted', 'suspended'] },
    { type: 'concede', mode: null, words: ['conceded', 'backed down', 'waived', 'eased restrictions'] },
  ],
  notTriggers: [
    // "called" names or labels far more often than it phones.
    'called it', 'called him', 'called her', 'called them', 'called that', 'called this', 'what they call', 'so-called', 'call it',
    // Goals, deadlines and promises are met too.
    'meets its', 'meet its', 'met its', 'meet the deadline', 'met the deadline', 'meet the target', 'met the target',
    'discovered that', 'announced that', 'sanctions approach', 'sanctions policy', 'sanctions regime',
    // Asking not to be named is how a source is introduced, not a request; not ruling out "that" is a possibility, not a threat.
    'asked not to be named', 'asked not to be identified', 'asked for anonymity', 'requested anonymity',
    'did not rule out that', 'does not rule out that', 'would not rule out that',
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
  passiveAuxiliaries: ['was', 'were', 'been', 'is', 'are', 'being'],
  auxiliaries: ['was', 'were', 'been', 'is', 'are', 'has', 'have', 'had'],
  agentMarkers: ['by'],
  subjectPronouns: ['he', 'she', 'they'],
  demonyms: { mexican: 'MEX', american: 'USA', canadian: 'CAN' },
  agentNouns: [
    'authorities', 'officials', 'forces', 'marines', 'troops', 'soldiers', 'agents', 'police', 'prosecutors', 'court', 'courts',
    'navy', 'army', 'government', 'side', 'delegation', 'negotiators', 'investigators', 'officers', 'judge',
  ],
  commitmentCues: [
    'agreed to', 'agreed on', 'committed to', 'commit to', 'commits to', 'pledged to', 'pledged', 'promised to', 'vowed to',
    'undertook to', 'will', 'shall', 'are to', 'is to', 'was announced, to', 'were announced, to', 'commitments to', 'commitment to',
    'to meet regularly and', 'that will meet', 'that meets', 'pledging to', 'pledging that', 'pledged that', 'promised that', 'promising to',
    'agreed that', 'agreeing to', 'committing to', 'has committed to', 'have committed to', 'is committed to', 'are committed to',
    'promise to', 'pledge to', 'pledge by', 'pledge made by', 'guarantee that', 'guaranteed that', 'assurance that', 'assurances that',
  ],
  reportedCues: ['would', 'would not', "wouldn't", 'expects to', 'expected to', 'expect to', 'plans to', 'planned to', 'intends to', 'intended to'],
  conditionals: ['if', 'unless', 'should'],
  futureEndings: [],
  // "I will believe it when I see …", "we will see": a state of mind or a forecast, not a promise.
  futureExceptions: ['believe', 'know', 'think', 'remember', 'wonder', 'feel', 'seem', 'depend', 'happen', 'see'],
  modalGap: ['also', 'now', 'soon', 'jointly', 'both', 'each', 'then'],
  groupSubjects: ['both governments', 'both countries', 'both sides', 'both nations', 'the two governments', 'the two countries', 'the two sides', 'the delegations', 'both leaders', 'the two leaders', 'the two men', 'the two women', 'the two officials', 'both delegations', 'the two delegations'],
  firstPerson: ['we', 'our', 'us', 'i'],
  placePrepositions: ['in', 'at', 'near', 'off'],
  placeArticles: ['the'],
  placeLinks: ['of'],
};

import type { NameLexicon, RoleTitle } from '../name-lexicon.js';

const offices = (standsAlone: boolean, ...words: string[]): RoleTitle[] => words.map((w) => ({ words: w, role: w, standsAlone }));
const honorifics = (...words: string[]): RoleTitle[] => words.map((w) => ({ words: w, role: '', standsAlone: false, honorific: true }));

/**
 * English knowledge of names. Titles are matched longest first, case-insensitively, so "Secretary of
 * State" wins over "Secretary". `standsAlone` marks offices that after "the" name one person
 * ("the Secretary", "the attorney general"); generic ones ("the official") do not.
 */
export const names: NameLexicon = {
  titles: [
    ...offices(true,
      'secretary of state', 'deputy secretary of state', 'secretary of homeland security', 'homeland security secretary',
      'secretary of defense', 'defense secretary', 'secretary of war', 'war secretary', 'treasury secretary', 'secretary of the treasury',
      'attorney general', 'deputy attorney general', 'president', 'vice president', 'president-elect', 'former president',
      'foreign minister', 'foreign secretary', 'security minister', 'security secretary', 'secretary of security', 'defense minister',
      'interior minister', 'finance minister', 'prime minister', 'ambassador', 'secretary', 'undersecretary', 'under secretary',
      'assistant secretary', 'deputy secretary', 'chancellor', 'governor', 'mayor', 'senator', 'sen.', 'representative', 'rep.',
      'congressman', 'congresswoman', 'speaker', 'prosecutor', 'attorney', 'u.s. attorney', 'judge', 'justice', 'chief justice',
      'general', 'gen.', 'rear adm.', 'rear admiral', 'vice adm.', 'lieutenant general', 'lt. gen.', 'major general', 'maj. gen.', 'admiral', 'adm.', 'vice admiral',
      'commander', 'colonel', 'col.', 'director', 'deputy director', 'administrator', 'acting administrator', 'commissioner',
      'border czar', 'special envoy', 'envoy', 'press secretary', 'minister', 'national security adviser', 'national security advisor',
      'consul general', 'consul', 'sheriff', 'special agent in charge', 'special agent', 'assistant special agent in charge',
      'district attorney', 'u.s. district judge', 'district judge', 'magistrate judge', 'federal judge', 'inspector general'),
    // Generic descriptions: they precede a name ("analyst Ana Ruiz") but "the analyst" alone names no one in particular.
    ...offices(false, 'spokesperson', 'spokesman', 'spokeswoman', 'chief', 'leader', 'drug lord', 'kingpin', 'cartel leader', 'co-founder',
      'founder', 'analyst', 'economist', 'professor', 'researcher', 'fellow', 'senior fellow', 'commander-in-chief', 'lawyer', 'defense attorney'),
    ...honorifics('dr.', 'dr', 'mr.', 'mrs.', 'ms.', 'miss', 'sir', 'dame', 'prof.'),
  ],
  countryAdjectives: {
    'u.s.': 'USA', us: 'USA', american: 'USA', 'united states': 'USA', "america's": 'USA', "washington's": 'USA',
    mexican: 'MEX', "mexico's": 'MEX', canadian: 'CAN', "canada's": 'CAN', guatemalan: 'GTM', colombian: 'COL', chinese: 'CHN',
    venezuelan: 'VEN', honduran: 'HND', salvadoran: 'SLV', brazilian: 'BRA', cuban: 'CUB', spanish: 'ESP', british: 'GBR',
  },
  connectors: ['of', 'for', 'and', 'on', 'in', 'de', 'del', 'de la', 'de los', 'de las', 'la', 'y', 'van', 'von', 'da', 'dos', 'the'],
  organizationHeads: [
    'department', 'ministry', 'secretariat', 'agency', 'administration', 'institution', 'institute', 'center', 'centre',
    'university', 'college', 'council', 'commission', 'committee', 'office', 'bureau', 'court', 'congress', 'senate', 'house',
    'cartel', 'cartels', 'group', 'force', 'forces', 'army', 'navy', 'guard', 'party', 'foundation', 'association', 'service',
    'services', 'corporation', 'company', 'bank', 'fund', 'network', 'coalition', 'organization', 'organisation', 'union',
    'alliance', 'agreement', 'program', 'programme', 'initiative', 'task force', 'patrol', 'police', 'marines', 'command',
    'forum', 'project', 'observatory', 'laboratory', 'lab', 'trust', 'society', 'federation', 'chamber', 'board', 'authority',
    'times', 'post', 'journal', 'news', 'press', 'reuters', 'tribune', 'herald', 'review', 'monitor', 'watch', 'club', 'summit',
  ],
  organizationOpeners: ['department', 'ministry', 'secretariat', 'office', 'bureau', 'institute', 'center', 'centre', 'university', 'council', 'commission', 'committee', 'court', 'bank', 'house'],
  placeOpeners: ['port', 'city', 'state', 'town', 'municipality', 'village', 'county', 'region'],
  placeLinks: ['of'],
  appositionArticles: ['a', 'an', 'the'],
  organizationOnlyConnectors: ['and', 'for', 'in', 'on', 'the', 'against'],
  placeHeads: ['city', 'palace', 'state', 'county', 'province', 'river', 'valley', 'bridge', 'port', 'airport', 'border', 'gulf', 'sea', 'ocean', 'hemisphere', 'peninsula', 'island', 'islands', 'mountains', 'desert', 'square', 'street', 'avenue', 'crossing', 'hall'],
  notNames: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
    'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'after', 'before', 'during', 'while', 'when', 'since', 'but', 'and', 'or', 'yet',
    'if', 'although', 'though', 'because', 'both', 'each', 'every', 'some', 'many', 'most', 'all', 'no', 'not', 'other', 'such', 'there',
    'here', 'what', 'which', 'who', 'how', 'why', 'where', 'then', 'also', 'still', 'even', 'however', 'indeed', 'meanwhile', 'moreover',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.',
    'oct.', 'nov.', 'dec.', 'under', 'over', 'about', 'across', 'against', 'among', 'between', 'into', 'through', 'without', 'within',
    'according', 'asked', 'said', 'says', 'read', 'more', 'less', 'one', 'two', 'three', 'first', 'second', 'last', 'next', 'new', 'former',
    'several', 'few', 'any', 'neither', 'either', 'whether', 'unlike', 'like', 'until', 'once', 'now', 'today', 'yesterday', 'tomorrow',
    'so', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must',
    'mr', 'per', 'via', 'despite', 'given', 'amid', 'beyond', 'toward', 'towards', 'upon', 'than', 'rather', 'just', 'only', 'too',
  ],
  givenNames: [
    'adam', 'alan', 'albert', 'alex', 'alexander', 'alice', 'amanda', 'amy', 'andrew', 'angela', 'ann', 'anna', 'anne', 'anthony', 'barbara',
    'ben', 'benjamin', 'beth', 'bill', 'bob', 'brian', 'carl', 'carol', 'catherine', 'charles', 'chris', 'christine', 'christopher', 'claire',
    'daniel', 'david', 'deborah', 'dennis', 'diana', 'donald', 'dorothy', 'douglas', 'edward', 'elizabeth', 'ellen', 'emily', 'emma', 'eric',
    'frank', 'gary', 'george', 'grace', 'greg', 'gregory', 'hannah', 'harold', 'helen', 'henry', 'jack', 'james', 'jane', 'janet', 'jason',
    'jeff', 'jeffrey', 'jennifer', 'jessica', 'jim', 'joan', 'joe', 'john', 'jonathan', 'joseph', 'joshua', 'joyce', 'judith', 'julia',
    'julie', 'karen', 'kate', 'katherine', 'kathleen', 'kelly', 'kenneth', 'kevin', 'kimberly', 'kristi', 'larry', 'laura', 'linda', 'lisa',
    'mark', 'martha', 'mary', 'matthew', 'megan', 'melissa', 'michael', 'michelle', 'mike', 'nancy', 'nicholas', 'nicole', 'pam', 'pamela',
    'patricia', 'patrick', 'paul', 'peter', 'rachel', 'raymond', 'rebecca', 'richard', 'robert', 'ronald', 'ruth', 'ryan', 'samuel', 'sarah',
    'scott', 'sharon', 'stephen', 'steven', 'susan', 'thomas', 'timothy', 'tom', 'tony', 'victoria', 'walter', 'william', 'marco', 'pete',
    'kash', 'terrance', 'tom', 'stephanie', 'rachel', 'derek', 'sean', 'tyler', 'vanda', 'wendy', 'todd', 'nathan', 'noah', 'olivia', 'ethan',
  ],
  personDescriptors: [
    'professor', 'fellow', 'director', 'analyst', 'researcher', 'expert', 'scholar', 'economist', 'official', 'spokesperson', 'spokesman',
    'spokeswoman', 'adviser', 'advisor', 'ambassador', 'minister', 'secretary', 'lawyer', 'attorney', 'prosecutor', 'judge', 'senator',
    'representative', 'governor', 'mayor', 'chief', 'head', 'founder', 'president', 'chair', 'chairman', 'chairwoman', 'member', 'author',
    'journalist', 'reporter', 'editor', 'commander', 'general', 'agent', 'investigator', 'lecturer', 'dean', 'manager', 'coordinator',
    'diplomat', 'negotiator', 'leader', 'activist', 'consultant', 'partner', 'officer', 'deputy', 'associate', 'strategist', 'scientist',
  ],
  roleArticles: ['the', 'his', 'her', 'their', 'its'],
};

/**
 * English verbs whose past and participle no spelling rule gives: lemma → [past, participle].
 * Several pasts or participles are separated by a slash ("learned/learnt"). Verbs built on one of
 * these with a prefix ("undertake", "withhold", "oversee") are listed on their own: a prefix rule
 * would also turn "indent" into "inden…".
 */
export const irregularVerbs: Readonly<Record<string, readonly [string, string]>> = {
  arise: ['arose', 'arisen'], awake: ['awoke', 'awoken'], be: ['was/were', 'been'], bear: ['bore', 'borne/born'],
  beat: ['beat', 'beaten'], become: ['became', 'become'], begin: ['began', 'begun'], bend: ['bent', 'bent'],
  bet: ['bet', 'bet'], bid: ['bid', 'bid'], bind: ['bound', 'bound'], bite: ['bit', 'bitten'], bleed: ['bled', 'bled'],
  blow: ['blew', 'blown'], break: ['broke', 'broken'], breed: ['bred', 'bred'], bring: ['brought', 'brought'],
  broadcast: ['broadcast', 'broadcast'], build: ['built', 'built'], burn: ['burned/burnt', 'burned/burnt'],
  burst: ['burst', 'burst'], buy: ['bought', 'bought'], cast: ['cast', 'cast'], catch: ['caught', 'caught'],
  choose: ['chose', 'chosen'], cling: ['clung', 'clung'], come: ['came', 'come'], cost: ['cost', 'cost'],
  creep: ['crept', 'crept'], cut: ['cut', 'cut'], deal: ['dealt', 'dealt'], dig: ['dug', 'dug'], do: ['did', 'done'],
  draw: ['drew', 'drawn'], dream: ['dreamed/dreamt', 'dreamed/dreamt'], drink: ['drank', 'drunk'], drive: ['drove', 'driven'],
  eat: ['ate', 'eaten'], fall: ['fell', 'fallen'], feed: ['fed', 'fed'], feel: ['felt', 'felt'], fight: ['fought', 'fought'],
  find: ['found', 'found'], flee: ['fled', 'fled'], fling: ['flung', 'flung'], fly: ['flew', 'flown'], forbid: ['forbade', 'forbidden'],
  forecast: ['forecast/forecasted', 'forecast/forecasted'], foresee: ['foresaw', 'foreseen'], forget: ['forgot', 'forgotten'],
  forgive: ['forgave', 'forgiven'], freeze: ['froze', 'frozen'], get: ['got', 'got/gotten'], give: ['gave', 'given'],
  go: ['went', 'gone'], grind: ['ground', 'ground'], grow: ['grew', 'grown'], hang: ['hung/hanged', 'hung/hanged'],
  have: ['had', 'had'], hear: ['heard', 'heard'], hide: ['hid', 'hidden'], hit: ['hit', 'hit'], hold: ['held', 'held'],
  hurt: ['hurt', 'hurt'], keep: ['kept', 'kept'], know: ['knew', 'known'], lay: ['laid', 'laid'], lead: ['led', 'led'],
  lean: ['leaned/leant', 'leaned/leant'], leap: ['leapt/leaped', 'leapt/leaped'], learn: ['learned/learnt', 'learned/learnt'],
  leave: ['left', 'left'], lend: ['lent', 'lent'], let: ['let', 'let'], lie: ['lay/lied', 'lain/lied'], light: ['lit/lighted', 'lit/lighted'],
  lose: ['lost', 'lost'], make: ['made', 'made'], mean: ['meant', 'meant'], meet: ['met', 'met'], mislead: ['misled', 'misled'],
  mistake: ['mistook', 'mistaken'], overcome: ['overcame', 'overcome'], override: ['overrode', 'overridden'],
  oversee: ['oversaw', 'overseen'], overtake: ['overtook', 'overtaken'], overthrow: ['overthrew', 'overthrown'],
  pay: ['paid', 'paid'], prove: ['proved', 'proved/proven'], put: ['put', 'put'], quit: ['quit', 'quit'], read: ['read', 'read'],
  rebuild: ['rebuilt', 'rebuilt'], rid: ['rid', 'rid'], ride: ['rode', 'ridden'], ring: ['rang', 'rung'], rise: ['rose', 'risen'],
  run: ['ran', 'run'], say: ['said', 'said'], see: ['saw', 'seen'], seek: ['sought', 'sought'], sell: ['sold', 'sold'],
  send: ['sent', 'sent'], set: ['set', 'set'], shake: ['shook', 'shaken'], shed: ['shed', 'shed'], shine: ['shone', 'shone'],
  shoot: ['shot', 'shot'], show: ['showed', 'shown/showed'], shrink: ['shrank', 'shrunk'], shut: ['shut', 'shut'],
  sing: ['sang', 'sung'], sink: ['sank', 'sunk'], sit: ['sat', 'sat'], sleep: ['slept', 'slept'], slide: ['slid', 'slid'],
  speak: ['spoke', 'spoken'], speed: ['sped/speeded', 'sped/speeded'], spend: ['spent', 'spent'], spill: ['spilled/spilt', 'spilled/spilt'],
  spin: ['spun', 'spun'], split: ['split', 'split'], spread: ['spread', 'spread'], spring: ['sprang', 'sprung'],
  stand: ['stood', 'stood'], steal: ['stole', 'stolen'], stick: ['stuck', 'stuck'], sting: ['stung', 'stung'],
  strike: ['struck', 'struck/stricken'], strive: ['strove/strived', 'striven/strived'], swear: ['swore', 'sworn'],
  sweep: ['swept', 'swept'], swim: ['swam', 'swum'], swing: ['swung', 'swung'], take: ['took', 'taken'], teach: ['taught', 'taught'],
  tear: ['tore', 'torn'], tell: ['told', 'told'], think: ['thought', 'thought'], throw: ['threw', 'thrown'],
  thrust: ['thrust', 'thrust'], undergo: ['underwent', 'undergone'], understand: ['understood', 'understood'],
  undertake: ['undertook', 'undertaken'], undo: ['undid', 'undone'], uphold: ['upheld', 'upheld'], upset: ['upset', 'upset'],
  wake: ['woke', 'woken'], wear: ['wore', 'worn'], weave: ['wove', 'woven'], win: ['won', 'won'], wind: ['wound', 'wound'],
  withdraw: ['withdrew', 'withdrawn'], withhold: ['withheld', 'withheld'], withstand: ['withstood', 'withstood'],
  write: ['wrote', 'written'],
};

/** Present forms no rule gives. */
export const irregularPresents: Readonly<Record<string, readonly string[]>> = {
  be: ['am', 'is', 'are'],
  have: ['has'],
  do: ['does'],
  go: ['goes'],
};

/**
 * Verbs ending in one vowel and one consonant whose last syllable is stressed, so that the
 * consonant doubles ("commit" → "committed"); one-syllable verbs double by rule ("stop" →
 * "stopped"), and the others do not ("visit" → "visited", "target" → "targeted").
 */
export const doublingVerbs: readonly string[] = [
  'admit', 'commit', 'submit', 'permit', 'omit', 'transmit', 'emit', 'remit', 'acquit', 'refer', 'prefer', 'confer', 'defer',
  'transfer', 'infer', 'deter', 'occur', 'recur', 'incur', 'concur', 'control', 'patrol', 'compel', 'expel', 'repel', 'propel',
  'dispel', 'rebel', 'regret', 'forget', 'begin', 'upset', 'equip', 'outstrip', 'abet', 'allot', 'embed', 'extol',
];

/** Nouns whose plural no rule gives. */
export const irregularPlurals: Readonly<Record<string, string>> = {
  man: 'men', woman: 'women', person: 'people', child: 'children', chief: 'chiefs', attorney: 'attorneys', criterion: 'criteria',
  analysis: 'analyses', crisis: 'crises', thesis: 'theses', basis: 'bases', datum: 'data', medium: 'media', foot: 'feet',
  'attorney general': 'attorneys general',
};

/**
 * What Spanish conjugation cannot tell from an infinitive: which verbs change their stem vowel,
 * which carry a written accent on the stem, and the irregular verbs with the prefixes that build
 * verbs conjugated like them ("mantener", "detener" like "tener"). The rules are in
 * pipeline/common/inflection.ts.
 */

/** How a stressed stem vowel changes: e→ie, o→ue, e→i; `-i`/`-u` add the -ir verbs' weak change (advirtió, durmió). */
export type StemChange = 'ie' | 'ue' | 'i' | 'ie-i' | 'ue-u';

/** A verb's irregular parts; whatever is left out follows the rules. */
export interface SpanishVerbModel {
  readonly stemChange?: StemChange;
  /** Present first person singular when irregular ("tengo"); the present subjunctive is built on it. */
  readonly firstPerson?: string;
  /** Strong preterite stem ("tuv" → tuve, tuvo, tuvieron). */
  readonly preterite?: string;
  /** Future and conditional stem ("tendr" → tendrá, tendría). */
  readonly future?: string;
  readonly participle?: string;
  readonly gerund?: string;
  /** Forms no rule gives, for the few verbs that follow none ("ser", "ir"). */
  readonly extra?: readonly string[];
  /** Prefixes that make verbs conjugated like this one ("man" + "tener"). */
  readonly prefixes?: readonly string[];
}

/** Stem-changing verbs by change; verbs built on them by a prefix are listed too, as they are not all regular. */
export const stemChanges: Readonly<Record<StemChange, readonly string[]>> = {
  ie: [
    'negar', 'renegar', 'pensar', 'empezar', 'comenzar', 'cerrar', 'encerrar', 'despertar', 'gobernar', 'recomendar', 'encomendar',
    'enmendar', 'entender', 'extender', 'defender', 'perder', 'querer', 'tener', 'atender', 'tender', 'encender', 'manifestar',
    'confesar', 'calentar', 'sentar', 'asentar', 'temblar', 'quebrar', 'acertar', 'apretar', 'atravesar', 'regar', 'fregar',
    'sembrar', 'helar', 'nevar', 'plegar', 'desplegar', 'replegar', 'descender', 'ascender', 'trascender', 'reventar',
  ],
  ue: [
    'poder', 'volver', 'devolver', 'resolver', 'envolver', 'revolver', 'mover', 'promover', 'remover', 'conmover', 'contar', 'recontar',
    'encontrar', 'mostrar', 'demostrar', 'probar', 'comprobar', 'aprobar', 'reprobar', 'costar', 'acordar', 'recordar',
    'sonar', 'soñar', 'volar', 'rogar', 'soltar', 'colgar', 'forzar', 'reforzar', 'almorzar', 'torcer', 'cocer', 'doler',
    'llover', 'morder', 'oler', 'absolver', 'disolver', 'jugar', 'avergonzar', 'consolar', 'renovar', 'acostar', 'apostar',
    'descontar', 'rodar', 'tostar', 'volcar', 'trocar', 'colar', 'poblar', 'soler', 'tronar',
  ],
  i: [
    'pedir', 'despedir', 'impedir', 'medir', 'seguir', 'conseguir', 'perseguir', 'proseguir', 'servir', 'repetir', 'competir',
    'elegir', 'reelegir', 'corregir', 'decir', 'vestir', 'investir', 'rendir', 'gemir', 'reír', 'sonreír', 'freír', 'concebir',
    'expedir', 'regir', 'teñir', 'reñir', 'ceñir', 'desvestir', 'embestir',
  ],
  'ie-i': [
    'sentir', 'consentir', 'presentir', 'resentir', 'mentir', 'desmentir', 'advertir', 'convertir', 'invertir', 'divertir',
    'revertir', 'pervertir', 'preferir', 'referir', 'transferir', 'conferir', 'diferir', 'inferir', 'proferir', 'sugerir',
    'herir', 'hervir', 'venir', 'adquirir', 'inquirir', 'requerir', 'discernir', 'digerir', 'ingerir', 'injerir', 'erguir',
  ],
  'ue-u': ['dormir', 'morir'],
};

/**
 * Verbs with a written accent on the stem's i or u where it is stressed ("envía", "actúa",
 * "reúne", "prohíbe"); others of the same ending do not take it ("cambia", "averigua").
 */
export const accentedStems: readonly string[] = [
  'enviar', 'reenviar', 'confiar', 'desconfiar', 'desviar', 'guiar', 'ampliar', 'vaciar', 'variar', 'espiar', 'fiar', 'criar',
  'enfriar', 'resfriar', 'liar', 'aliar', 'desafiar', 'porfiar', 'contrariar', 'extraviar', 'fotografiar', 'telegrafiar',
  'actuar', 'continuar', 'evaluar', 'situar', 'graduar', 'efectuar', 'exceptuar', 'insinuar', 'acentuar', 'perpetuar',
  'atenuar', 'devaluar', 'reevaluar', 'habituar', 'valuar', 'puntuar', 'reunir', 'prohibir', 'rehusar', 'aislar', 'aullar',
  'maullar', 'ahumar', 'reusar', 'cohibir', 'rehuir',
];

/** Irregular verbs, with the prefixes that build verbs conjugated like each. */
export const irregularVerbs: Readonly<Record<string, SpanishVerbModel>> = {
  ser: { extra: ['soy', 'eres', 'es', 'somos', 'sois', 'son', 'era', 'eras', 'éramos', 'erais', 'eran', 'fui', 'fuiste', 'fue', 'fuimos', 'fuisteis', 'fueron', 'sea', 'seas', 'seamos', 'seáis', 'sean', 'fuera', 'fueras', 'fuéramos', 'fueran', 'fuese', 'fuesen', 'sé', 'sido', 'siendo'] },
  ir: { extra: ['voy', 'vas', 'va', 'vamos', 'vais', 'van', 'iba', 'ibas', 'íbamos', 'ibais', 'iban', 'fui', 'fuiste', 'fue', 'fuimos', 'fuisteis', 'fueron', 'vaya', 'vayas', 'vayamos', 'vayáis', 'vayan', 'fuera', 'fueras', 'fuéramos', 'fueran', 'fuese', 'fuesen', 've', 'id', 'ido', 'yendo'] },
  estar: { extra: ['estoy', 'estás', 'está', 'están', 'esté', 'estés', 'estemos', 'estéis', 'estén'], preterite: 'estuv' },
  haber: { extra: ['he', 'has', 'ha', 'hay', 'hemos', 'habéis', 'han', 'haya', 'hayas', 'hayamos', 'hayáis', 'hayan'], preterite: 'hub', future: 'habr' },
  dar: { extra: ['doy', 'di', 'diste', 'dio', 'dimos', 'disteis', 'dieron', 'dé', 'des', 'demos', 'den', 'diera', 'dieras', 'diéramos', 'dieran', 'diese', 'diesen'] },
  ver: { extra: ['veo', 'ves', 've', 'vemos', 'veis', 'ven', 'veía', 'veías', 'veíamos', 'veíais', 'veían', 'vi', 'viste', 'vio', 'vimos', 'visteis', 'vieron', 'vea', 'veas', 'veamos', 'veáis', 'vean', 'viera', 'vieran', 'visto', 'viendo'], prefixes: ['pre', 're'] },
  saber: { extra: ['sé', 'sepa', 'sepas', 'sepamos', 'sepáis', 'sepan'], preterite: 'sup', future: 'sabr' },
  caber: { firstPerson: 'quepo', preterite: 'cup', future: 'cabr' },
  tener: { stemChange: 'ie', firstPerson: 'tengo', preterite: 'tuv', future: 'tendr', extra: ['ten'], prefixes: ['man', 'sos', 'ob', 'de', 'con', 're', 'abs', 'entre', 'a'] },
  venir: { stemChange: 'ie-i', firstPerson: 'vengo', preterite: 'vin', future: 'vendr', gerund: 'viniendo', extra: ['ven'], prefixes: ['con', 'inter', 'pre', 'pro', 're', 'sobre', 'sub', 'circun', 'a', 'de'] },
  hacer: { firstPerson: 'hago', preterite: 'hic', future: 'har', participle: 'hecho', extra: ['hizo', 'haz'], prefixes: ['des', 're', 'contra'] },
  decir: { stemChange: 'i', firstPerson: 'digo', preterite: 'dij', future: 'dir', participle: 'dicho', gerund: 'diciendo', extra: ['di'], prefixes: ['pre', 'contra', 'des', 'mal', 'ben'] },
  poner: { firstPerson: 'pongo', preterite: 'pus', future: 'pondr', participle: 'puesto', extra: ['pon'], prefixes: ['pro', 'im', 'ex', 'su', 'dis', 'com', 'de', 'o', 're', 'pos', 'trans', 'inter', 'contra', 'sobre', 'ante', 'yux', 'super', 'indis', 'presu'] },
  poder: { stemChange: 'ue', preterite: 'pud', future: 'podr', gerund: 'pudiendo' },
  querer: { stemChange: 'ie', preterite: 'quis', future: 'querr' },
  traer: { firstPerson: 'traigo', preterite: 'traj', prefixes: ['a', 'con', 'ex', 'dis', 'sus', 're', 'sub', 'abs', 'de'] },
  caer: { firstPerson: 'caigo', prefixes: ['de', 're'] },
  oír: { firstPerson: 'oigo', extra: ['oyes', 'oye', 'oyen', 'oímos'] },
  salir: { firstPerson: 'salgo', future: 'saldr', extra: ['sal'], prefixes: ['sobre'] },
  valer: { firstPerson: 'valgo', future: 'valdr', prefixes: ['equi', 'pre'] },
  andar: { preterite: 'anduv', prefixes: ['des'] },
  conducir: { preterite: 'conduj' },
  producir: { preterite: 'produj', prefixes: ['re'] },
  reducir: { preterite: 'reduj' },
  introducir: { preterite: 'introduj' },
  traducir: { preterite: 'traduj' },
  deducir: { preterite: 'deduj' },
  inducir: { preterite: 'induj' },
  abrir: { participle: 'abierto', prefixes: ['re', 'entre'] },
  cubrir: { participle: 'cubierto', prefixes: ['des', 'en', 're'] },
  escribir: { participle: 'escrito', prefixes: ['de', 'ins', 'pres', 'sus', 'trans', 'pro', 're', 'cir', 'sobre'] },
  romper: { participle: 'roto' },
  morir: { stemChange: 'ue-u', participle: 'muerto' },
  volver: { stemChange: 'ue', participle: 'vuelto', prefixes: ['de', 'en', 're'] },
  resolver: { stemChange: 'ue', participle: 'resuelto' },
  imprimir: { participle: 'impreso' },
  satisfacer: { firstPerson: 'satisfago', preterite: 'satisfic', future: 'satisfar', participle: 'satisfecho' },
};

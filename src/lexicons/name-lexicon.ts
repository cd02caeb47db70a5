/** How one language names people, organisations and places; see `en/names.ts` for what each list holds. */
export interface NameLexicon {
  /** Titles and offices that precede a name or stand for a person ("Secretary of State", "la presidenta"). */
  readonly titles: readonly RoleTitle[];
  /** Adjectives and possessives that tie a title to a country ("Mexican", "U.S.", "mexicano"). */
  readonly countryAdjectives: Readonly<Record<string, string>>;
  /** Words that may join capitalised words inside one name ("of", "de la", "del"). */
  readonly connectors: readonly string[];
  /** Last words that make a capitalised run an organisation ("Department", "Institute", "Cártel"). */
  readonly organizationHeads: readonly string[];
  /** First words that make a capitalised run an organisation ("Department of …", "Secretaría de …"). */
  readonly organizationOpeners: readonly string[];
  /** Nouns that, with "of"/"de" after them, introduce a place's name ("the port of Lázaro Cárdenas"). */
  readonly placeOpeners: readonly string[];
  /** The words that join such a noun to the place's name ("of", "de"). */
  readonly placeLinks: readonly string[];
  /** Articles that may open an apposition describing a person ("X, a professor of …", "X, la directora de …"). */
  readonly appositionArticles: readonly string[];
  /** Connectors that may join an organisation's words but would glue two people together ("Rubio and Sheinbaum"). */
  readonly organizationOnlyConnectors: readonly string[];
  /** Last words that make a capitalised run a place ("Palace", "Border", "City"). */
  readonly placeHeads: readonly string[];
  /** Capitalised words that never begin a name (sentence openers, weekdays, months). */
  readonly notNames: readonly string[];
  /** Common given names, so that "Carla Ruiz" is a person with no title in sight. */
  readonly givenNames: readonly string[];
  /** Nouns of appositions that describe a person ("X, a professor of …", "X, director of …"). */
  readonly personDescriptors: readonly string[];
  /** Articles before a role phrase that stands for a person ("the Secretary", "la presidenta"). */
  readonly roleArticles: readonly string[];
  /** Nouns that make the name they describe an organisation: "X, a company that …", "la empresa X". */
  readonly organizationDescriptors: readonly string[];
  /** Lower-case nouns after a capitalised name that make it an organisation ("the Juárez drug cartel"). */
  readonly organizationTails: readonly string[];
  /** Lower-case nouns before "de"/"of" and a capitalised name that make an organisation ("el cártel de Sinaloa"). */
  readonly organizationLeads: readonly string[];
  /** Lower-case institutions named with a country adjective ("the Mexican military", "el ejército mexicano"). */
  readonly institutionNouns: readonly string[];
  /** Lower-case institutions that an article alone makes definite ("the attorney general's office"). */
  readonly definiteInstitutions: readonly string[];
  /** Capitalised institution nouns that name one body by themselves ("the Navy", "el Congreso"). */
  readonly soloInstitutions: readonly string[];
  /** Plural articles that open the name of a group ("Los Zetas"). */
  readonly groupArticles: readonly string[];
  /** Nouns of kin whose apposition names people ("my wife, Ana"; "sus hijos, Luis y Eva"). */
  readonly kinshipNouns: readonly string[];
  /** Plural nouns of kinds of body: an acronym they define names a category, not one body ("Foreign Terrorist Organizations (FTOs)"). */
  readonly categoryNouns: readonly string[];
  /** Labels that open a credit or byline line ("Image credit:", "Foto:", "By"). */
  readonly creditLabels: readonly string[];
  /** Abbreviations of country names that this language alone uses ("EU" for Estados Unidos in Spanish). */
  readonly countryAbbreviations: Readonly<Record<string, string>>;
  /** Lower-case words that may follow an organisation's name as part of it ("la Secretaría de Seguridad federal"). */
  readonly trailingModifiers: readonly string[];
  /** Lower-case particles that may open a surname ("de la Fuente", "van Hollen"). */
  readonly surnameParticles: readonly string[];
  /** Prepositions of place, after which "Los …" is a place ("in Los Cabos"), not a group. */
  readonly placePrepositions: readonly string[];
  /** Words that may introduce an alias after a name ("alias", "formerly", "conocido como"). */
  readonly aliasCues: readonly string[];
}

/** A title or office: the words as written (lower case) and the role they give. */
export interface RoleTitle {
  readonly words: string;
  readonly role: string;
  /** Whether the title alone (after an article) can stand for the person: "the Secretary". */
  readonly standsAlone: boolean;
  /** Honorifics ("Dr.", "Mr.") carry no role. */
  readonly honorific?: boolean;
}

/** Offices whose words are also the role they name ("secretary of state"). */
export function offices(standsAlone: boolean, ...titles: string[]): RoleTitle[] {
  return titles.map((title) => ({ words: title, role: title, standsAlone }));
}

/** Honorifics: titles that name no role ("Dr.", "Sra."). */
export function honorifics(...titles: string[]): RoleTitle[] {
  return titles.map((title) => ({ words: title, role: '', standsAlone: false, honorific: true }));
}

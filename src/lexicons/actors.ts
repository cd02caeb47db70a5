import type { KnownActor, Office } from '../core/index.js';

const office = (role: string, country: string | null, from: string | null, to: string | null = null): Office => ({ role, country, from, to });
const person = (name: string, country: string, offices: Office[], aliases: string[] = []): KnownActor => ({ kind: 'person', name, aliases, country, offices });
const organization = (name: string, country: string | null, aliases: string[]): KnownActor => ({ kind: 'organization', name, aliases, country, offices: [] });
const place = (name: string, country: string | null, aliases: string[] = []): KnownActor => ({ kind: 'place', name, aliases, country, offices: [] });

/**
 * The program's principal actors as of late 2025, in our own words: who held which office and when.
 * Dates are those of taking and leaving office as publicly reported; `to` is null while in office or
 * when we do not know. Users add their own with `--actors FILE` (same shape, YAML).
 * Aliases hold the other names reporting uses, in English and Spanish, so that one actor named
 * in both languages is one entity.
 */
export const knownActors: readonly KnownActor[] = [
  person('Donald Trump', 'USA', [office('President of the United States', 'USA', '2017-01-20', '2021-01-20'), office('President of the United States', 'USA', '2025-01-20')], ['Donald J. Trump']),
  person('Joe Biden', 'USA', [office('President of the United States', 'USA', '2021-01-20', '2025-01-20')], ['Joseph Biden', 'Joseph R. Biden']),
  person('Marco Rubio', 'USA', [office('U.S. Secretary of State', 'USA', '2025-01-21')]),
  person('Kristi Noem', 'USA', [office('U.S. Secretary of Homeland Security', 'USA', '2025-01-25')]),
  person('Pam Bondi', 'USA', [office('U.S. Attorney General', 'USA', '2025-02-05')], ['Pamela Bondi']),
  person('Pete Hegseth', 'USA', [office('U.S. Secretary of Defense', 'USA', '2025-01-25')]),
  person('Scott Bessent', 'USA', [office('U.S. Secretary of the Treasury', 'USA', '2025-01-28')]),
  person('Kash Patel', 'USA', [office('Director of the FBI', 'USA', '2025-02-21')]),
  person('Tom Homan', 'USA', [office('White House border czar', 'USA', '2025-01-20')], ['Thomas Homan']),
  person('Christopher Landau', 'USA', [office('U.S. Deputy Secretary of State', 'USA', '2025-03-25')]),
  person('Ronald Johnson', 'USA', [office('U.S. Ambassador to Mexico', 'USA', '2025-05-01')], ['Ron Johnson']),
  person('Ken Salazar', 'USA', [office('U.S. Ambassador to Mexico', 'USA', '2021-09-03', '2025-01-20')]),
  person('Claudia Sheinbaum', 'MEX', [office('Head of Government of Mexico City', 'MEX', '2018-12-05', '2023-06-16'), office('President of Mexico', 'MEX', '2024-10-01')], ['Claudia Sheinbaum Pardo']),
  person('Andrés Manuel López Obrador', 'MEX', [office('President of Mexico', 'MEX', '2018-12-01', '2024-09-30')], ['López Obrador', 'AMLO']),
  person('Juan Ramón de la Fuente', 'MEX', [office('Foreign Minister of Mexico', 'MEX', '2024-10-01')]),
  person('Omar García Harfuch', 'MEX', [office('Secretary of Security and Citizen Protection of Mexico', 'MEX', '2024-10-01')], ['García Harfuch']),
  person('Marcelo Ebrard', 'MEX', [office('Foreign Minister of Mexico', 'MEX', '2018-12-01', '2023-06-12'), office('Secretary of Economy of Mexico', 'MEX', '2024-10-01')], ['Marcelo Ebrard Casaubón']),
  person('Rosa Icela Rodríguez', 'MEX', [office('Secretary of the Interior of Mexico', 'MEX', '2024-10-01')]),
  person('Alejandro Gertz Manero', 'MEX', [office('Attorney General of Mexico', 'MEX', '2019-01-18', '2025-11-27')], ['Gertz Manero']),
  person('Rafael Caro Quintero', 'MEX', []),
  person('Ismael Zambada', 'MEX', [], ['Ismael "El Mayo" Zambada', 'El Mayo Zambada']),
  person('Ovidio Guzmán', 'MEX', [], ['Ovidio Guzmán López']),
  person('Joaquín Guzmán', 'MEX', [], ['Joaquín "El Chapo" Guzmán', 'El Chapo']),

  organization('U.S. Department of State', 'USA', ['State Department', 'Department of State', 'Departamento de Estado']),
  organization('U.S. Department of Homeland Security', 'USA', ['Department of Homeland Security', 'Homeland Security', 'DHS', 'Departamento de Seguridad Nacional']),
  organization('U.S. Department of Justice', 'USA', ['Department of Justice', 'Justice Department', 'DOJ', 'Departamento de Justicia']),
  organization('U.S. Department of the Treasury', 'USA', ['Treasury Department', 'Department of the Treasury', 'Treasury', 'Departamento del Tesoro']),
  organization('U.S. Department of Defense', 'USA', ['Department of Defense', 'Pentagon', 'Department of War', 'Pentágono', 'Departamento de Defensa']),
  organization('Office of Foreign Assets Control', 'USA', ['OFAC']),
  organization('Drug Enforcement Administration', 'USA', ['DEA', 'Administración para el Control de Drogas']),
  organization('Financial Crimes Enforcement Network', 'USA', ['FinCEN', 'Red de Control de Delitos Financieros']),
  organization('Homeland Security Investigations', 'USA', ['HSI']),
  organization('U.S. Border Patrol', 'USA', ['Border Patrol', 'Patrulla Fronteriza']),
  organization('U.S. Northern Command', 'USA', ['NORTHCOM', 'Northern Command', 'Comando Norte']),
  organization('Federal Bureau of Investigation', 'USA', ['FBI']),
  organization('U.S. Customs and Border Protection', 'USA', ['Customs and Border Protection', 'CBP', 'Oficina de Aduanas y Protección Fronteriza']),
  organization('U.S. Immigration and Customs Enforcement', 'USA', ['Immigration and Customs Enforcement', 'ICE']),
  organization('Bureau of Alcohol, Tobacco, Firearms and Explosives', 'USA', ['ATF', 'Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos', 'Agencia de Alcohol, Tabaco, Armas de Fuego y Explosivos']),
  organization('White House', 'USA', ['Casa Blanca']),
  organization('Centers for Disease Control and Prevention', 'USA', ['CDC', 'Centros para el Control y la Prevención de Enfermedades']),
  organization('Supreme Court of the United States', 'USA', ['U.S. Supreme Court', 'Suprema Corte de Estados Unidos', 'Corte Suprema de Estados Unidos']),
  organization('Suprema Corte de Justicia de la Nación', 'MEX', ['SCJN', "Mexico's Supreme Court", 'Mexican Supreme Court']),
  organization('U.S. Congress', 'USA', ['Congress']),
  organization('Secretaría de Relaciones Exteriores', 'MEX', ['SRE', 'Foreign Ministry', 'Mexican Foreign Ministry', 'Ministry of Foreign Affairs', 'Cancillería', 'Foreign Affairs Ministry']),
  organization('Secretaría de Seguridad y Protección Ciudadana', 'MEX', ['SSPC', 'Security Ministry', 'Ministry of Security and Citizen Protection', 'Secretariat of Security and Citizen Protection']),
  organization('Fiscalía General de la República', 'MEX', ['FGR', "Attorney General's Office", 'Mexican Attorney General’s Office']),
  organization('Secretaría de la Defensa Nacional', 'MEX', ['Sedena', 'SEDENA', 'Defense Ministry', 'Secretaría de Defensa', 'Defensa']),
  organization('Secretaría de Marina', 'MEX', ['Semar', 'SEMAR', 'Mexican Navy', 'Navy Ministry', 'Marina']),
  organization('Guardia Nacional', 'MEX', ['National Guard']),
  organization('Unidad de Inteligencia Financiera', 'MEX', ['UIF', 'Financial Intelligence Unit']),
  organization('Petróleos Mexicanos', 'MEX', ['Pemex']),
  organization('Security Implementation Group', null, ['Grupo de Implementación de Seguridad', 'Grupo de Implementación']),
  organization('Sinaloa Cartel', 'MEX', ['Cártel de Sinaloa', 'Cartel de Sinaloa']),
  organization('Jalisco New Generation Cartel', 'MEX', ['CJNG', 'Cártel Jalisco Nueva Generación', 'Cartel Jalisco Nueva Generación']),
  organization('Gulf Cartel', 'MEX', ['Cártel del Golfo', 'CDG']),
  // The cartels and gangs the United States designated as foreign terrorist organisations in February 2025.
  organization('Cártel del Noreste', 'MEX', ['CDN', 'Cartel del Noreste', 'Northeast Cartel']),
  organization('La Nueva Familia Michoacana', 'MEX', ['Nueva Familia Michoacana', 'Familia Michoacana', 'LNFM']),
  organization('Cárteles Unidos', 'MEX', ['Carteles Unidos']),
  organization('MS-13', 'SLV', ['Mara Salvatrucha']),
  organization('Beltrán Leyva Organization', 'MEX', ['Beltran Leyva Organization', 'Cártel de los Beltrán Leyva', 'BLO']),
  organization('Juárez Cartel', 'MEX', ['Cártel de Juárez', 'Cartel de Juárez', 'Juarez Cartel']),
  organization('Gabinete de Seguridad', 'MEX', ['Security Cabinet', 'Mexican Security Cabinet']),
  organization('Secretaría de Gobernación', 'MEX', ['Segob', 'SEGOB', 'Interior Ministry']),
  organization('Tren de Aragua', 'VEN', []),
  organization('G20', null, ['Group of Twenty', 'G-20']),
  organization('United Nations', null, ['UN', 'U.N.', 'Naciones Unidas', 'ONU']),

  place('Mexico City', 'MEX', ['Ciudad de México', 'CDMX']),
  place('Washington', 'USA', ['Washington, D.C.']),
  place('National Palace', 'MEX', ['Palacio Nacional']),
  place('Oval Office', 'USA', ['Oficina Oval', 'Despacho Oval']),
  ...['Tijuana', 'Ciudad Juárez', 'Culiacán', 'Sinaloa', 'Jalisco', 'Sonora', 'Chihuahua', 'Tamaulipas', 'Nuevo León', 'Monterrey', 'Guadalajara',
    'Baja California', 'Michoacán', 'Guerrero', 'Reynosa', 'Matamoros', 'Nogales', 'Mexicali', 'Veracruz', 'Oaxaca', 'Chiapas', 'Tapachula',
    'Lázaro Cárdenas', 'Manzanillo', 'Ensenada', 'Toluca', 'Puebla', 'Querétaro', 'Zacatecas', 'Durango', 'Coahuila', 'Colima', 'Mazatlán']
    .map((name) => place(name, 'MEX')),
  ...['Texas', 'Arizona', 'California', 'New Mexico', 'El Paso', 'San Diego', 'Laredo', 'McAllen', 'Houston', 'Chicago', 'New York', 'Brownsville']
    .map((name) => place(name, 'USA')),
  place('Western Hemisphere', null, ['Hemisferio Occidental']),
  place('Latin America', null, ['América Latina', 'Latinoamérica']),
  place('North America', null, ['Norteamérica', 'América del Norte']),
  place('Central America', null, ['Centroamérica']),
  place('Asia', null),
  place('Europe', null, ['Europa']),
];

/**
 * Treaties, programmes and frameworks of the relationship: capitalised and often abbreviated like
 * bodies ("USMCA"), but no actor. Names here are never taken for an organisation.
 */
export const knownTerms: readonly string[] = [
  'USMCA', 'T-MEC', 'TMEC', 'NAFTA', 'TLCAN', 'United States-Mexico-Canada Agreement',
  'Tratado entre México, Estados Unidos y Canadá', 'Mérida Initiative', 'Iniciativa Mérida', 'Bicentennial Framework', 'Entendimiento Bicentenario',
  'Executive Order', 'Federal Register', 'Registro Federal', 'Diario Oficial de la Federación', 'Truth Social',
];

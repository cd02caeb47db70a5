import type { NameLexicon, RoleTitle } from '../name-lexicon.js';

const offices = (standsAlone: boolean, ...words: string[]): RoleTitle[] => words.map((w) => ({ words: w, role: w, standsAlone }));
const honorifics = (...words: string[]): RoleTitle[] => words.map((w) => ({ words: w, role: '', standsAlone: false, honorific: true }));

/** Spanish knowledge of names; see `en/names.ts`. Both genders of each office are listed. */
export const names: NameLexicon = {
  titles: [
    ...offices(true,
      'secretario de estado', 'secretaria de estado', 'secretario de seguridad y protección ciudadana', 'secretaria de seguridad y protección ciudadana',
      'secretario de seguridad', 'secretaria de seguridad', 'secretario de la defensa nacional', 'secretario de marina', 'secretaria de gobernación',
      'secretario de gobernación', 'secretario de hacienda', 'secretaria de seguridad nacional', 'secretario de seguridad nacional',
      'secretario de relaciones exteriores', 'secretaria de relaciones exteriores', 'secretario', 'secretaria', 'subsecretario', 'subsecretaria',
      'presidente', 'presidenta', 'expresidente', 'expresidenta', 'vicepresidente', 'vicepresidenta', 'canciller', 'excanciller',
      'embajador', 'embajadora', 'fiscal general', 'fiscal', 'procurador', 'procuradora', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa',
      'senador', 'senadora', 'diputado', 'diputada', 'juez', 'jueza', 'ministro', 'ministra', 'general', 'almirante', 'comandante',
      'director', 'directora', 'titular', 'cónsul', 'zar fronterizo', 'mandatario', 'mandataria', 'jefa del ejecutivo', 'jefe del ejecutivo', 'jefa de gobierno', 'jefe de gobierno', 'primer ministro',
      'primera ministra', 'procurador general'),
    // Descripciones genéricas: preceden un nombre, pero "el analista" a secas no designa a nadie en particular.
    ...offices(false, 'vocero', 'vocera', 'portavoz', 'jefe', 'jefa', 'líder', 'capo', 'analista', 'investigador', 'investigadora',
      'profesor', 'profesora', 'académico', 'académica', 'abogado', 'abogada'),
    ...honorifics('dr.', 'dra.', 'sr.', 'sra.', 'srta.', 'lic.', 'ing.', 'mtro.', 'mtra.', 'don', 'doña'),
  ],
  countryAdjectives: {
    'estadounidense': 'USA', 'de estados unidos': 'USA', 'de ee.uu.': 'USA', 'norteamericano': 'USA', 'norteamericana': 'USA',
    'mexicano': 'MEX', 'mexicana': 'MEX', 'de méxico': 'MEX', 'canadiense': 'CAN', 'de canadá': 'CAN', 'guatemalteco': 'GTM', 'guatemalteca': 'GTM',
    'colombiano': 'COL', 'colombiana': 'COL', 'chino': 'CHN', 'china': 'CHN', 'venezolano': 'VEN', 'venezolana': 'VEN',
  },
  connectors: ['de', 'del', 'de la', 'de los', 'de las', 'la', 'y', 'e', 'para', 'en'],
  organizationHeads: ['nacional', 'federal', 'unidos', 'exteriores', 'ciudadana', 'general', 'república', 'pública', 'financiera'],
  organizationOpeners: [
    'secretaría', 'fiscalía', 'cártel', 'cartel', 'guardia', 'ejército', 'marina', 'armada', 'universidad', 'instituto', 'centro', 'consejo',
    'comisión', 'comité', 'senado', 'cámara', 'congreso', 'suprema', 'tribunal', 'unidad', 'agencia', 'departamento', 'oficina', 'banco',
    'gobierno', 'partido', 'fundación', 'asociación', 'procuraduría', 'policía', 'grupo', 'organización', 'administración', 'servicio',
    'tratado', 'acuerdo', 'sistema', 'red', 'colegio', 'movimiento', 'frente', 'coordinación', 'dirección', 'subsecretaría', 'embajada',
    'consulado', 'cancillería',
  ],
  placeOpeners: ['puerto', 'ciudad', 'estado', 'municipio', 'pueblo', 'localidad', 'región', 'comunidad'],
  placeLinks: ['de'],
  appositionArticles: ['un', 'una', 'el', 'la'],
  organizationOnlyConnectors: ['y', 'e', 'en', 'para', 'contra'],
  placeHeads: ['palacio', 'ciudad', 'estado', 'río', 'valle', 'puerto', 'aeropuerto', 'frontera', 'golfo', 'mar', 'océano', 'península', 'isla', 'sierra', 'puente', 'garita'],
  notNames: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'eso', 'esto', 'aquel', 'aquella',
    'en', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'tras', 'desde', 'hasta', 'durante', 'según', 'ante', 'bajo', 'contra', 'hacia',
    'pero', 'y', 'o', 'ni', 'si', 'aunque', 'cuando', 'mientras', 'porque', 'como', 'que', 'quien', 'donde', 'también', 'además', 'sin embargo',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio',
    'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ella', 'él', 'ellos', 'ellas', 'nosotros', 'su', 'sus', 'se',
    'lo', 'le', 'les', 'al', 'del', 'no', 'ya', 'hoy', 'ayer', 'mañana', 'así', 'ahí', 'allí', 'aquí', 'todo', 'toda', 'todos', 'todas',
    'cada', 'otro', 'otra', 'otros', 'otras', 'ambos', 'ambas', 'dicho', 'dicha', 'luego', 'después', 'antes', 'entonces', 'incluso', 'asimismo',
    'de', 'a', 'es', 'fue', 'son', 'era', 'ha', 'han', 'hay', 'dijo', 'lee', 'más', 'menos', 'uno', 'dos', 'tres', 'primer', 'primera',
  ],
  givenNames: [
    'alejandro', 'alejandra', 'alfonso', 'alicia', 'ana', 'andrés', 'antonio', 'ariadna', 'armando', 'arturo', 'beatriz', 'carlos', 'carmen',
    'claudia', 'cristina', 'daniel', 'daniela', 'diego', 'eduardo', 'elena', 'emilio', 'enrique', 'ernesto', 'esteban', 'fernanda', 'fernando',
    'francisco', 'gabriel', 'gabriela', 'genaro', 'gerardo', 'guadalupe', 'guillermo', 'gustavo', 'héctor', 'hugo', 'ignacio', 'isabel',
    'jaime', 'javier', 'jesús', 'joaquín', 'jorge', 'josé', 'juan', 'julio', 'laura', 'leticia', 'lorena', 'luis', 'luisa', 'manuel',
    'marcelo', 'margarita', 'maría', 'mario', 'marta', 'miguel', 'mónica', 'natalia', 'norma', 'omar', 'óscar', 'pablo', 'patricia', 'pedro',
    'raúl', 'ricardo', 'roberto', 'rocío', 'rodrigo', 'rosa', 'rosario', 'salvador', 'santiago', 'sergio', 'silvia', 'sofía', 'teresa',
    'tomás', 'valeria', 'verónica', 'víctor', 'ximena', 'ismael', 'ovidio', 'rafael', 'joel', 'rosa icela', 'citlalli', 'ernestina', 'lázaro',
    'adán', 'mauricio', 'ramón', 'rubén', 'samuel', 'susana', 'vicente', 'agustín', 'alberto', 'felipe', 'lucía', 'paola', 'andrea', 'marcela',
  ],
  personDescriptors: [
    'profesor', 'profesora', 'investigador', 'investigadora', 'director', 'directora', 'analista', 'experto', 'experta', 'académico', 'académica',
    'funcionario', 'funcionaria', 'vocero', 'vocera', 'embajador', 'embajadora', 'secretario', 'secretaria', 'subsecretario', 'subsecretaria',
    'abogado', 'abogada', 'fiscal', 'juez', 'jueza', 'senador', 'senadora', 'diputado', 'diputada', 'gobernador', 'gobernadora', 'titular',
    'jefe', 'jefa', 'coordinador', 'coordinadora', 'presidente', 'presidenta', 'integrante', 'miembro', 'periodista', 'consultor', 'consultora',
    'canciller', 'líder', 'comandante', 'general', 'agente', 'especialista', 'catedrático', 'catedrática', 'exfuncionario', 'exfuncionaria',
  ],
  roleArticles: ['el', 'la', 'su'],
};

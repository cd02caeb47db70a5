/**
 * Event typing, checked sentence by sentence against PLOVER's definitions (PLOVER manual, event types
 * and modes). Every sentence here is our own, written in the style of news; each row says why PLOVER
 * gives it that type, and rows typed `null` say why a trigger word there reports no event of the type.
 * Our own modes: consult/statement (a formal statement, press conference, briefing or post the text
 * reports), cooperate/transfer_custody (extraditions and transfers of detainees), sanction/designate
 * (terrorist and sanctions designations), agree/announce (a measure or agreement made public).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#test/helpers/documents.js';

interface Row {
  readonly text: string;
  /** type or type/mode the sentence must yield; with `not`, the type it must not yield. */
  readonly type: string;
  readonly not?: true;
  readonly why: string;
}

const en: readonly Row[] = [
  // consult: meetings, visits, calls and public statements between or by actors.
  {
    text: 'Marco Rubio met Claudia Sheinbaum in Mexico City on Tuesday.',
    type: 'consult/meet',
    why: 'consult/meet: two actors meet in person',
  },
  {
    text: 'Marco Rubio and Juan Ramón de la Fuente held talks in Washington on Monday.',
    type: 'consult/meet',
    why: 'consult/meet: holding talks is a meeting',
  },
  {
    text: 'Claudia Sheinbaum visited Washington on Thursday.',
    type: 'consult/visit',
    why: 'consult/visit: travel by one actor to the other',
  },
  {
    text: 'Donald Trump spoke by phone with Claudia Sheinbaum on Wednesday.',
    type: 'consult/phone',
    why: 'consult: a phone call is a consultation at a distance',
  },
  {
    text: 'Marco Rubio spoke on Friday with Juan Ramón de la Fuente about water rights.',
    type: 'consult/phone',
    why: 'consult: speaking with the other side is consulting it',
  },
  {
    text: 'Omar García Harfuch told a news conference on Tuesday that 40 suspects had been detained.',
    type: 'consult/statement',
    why: 'our statement mode of consult: a press conference the text reports',
  },
  {
    text: 'The Treasury Department said in a statement on Monday that the network laundered money.',
    type: 'consult/statement',
    why: 'our statement mode: a formal statement reported as an event',
  },
  {
    text: 'Claudia Sheinbaum said Monday that her government would not accept foreign troops.',
    type: 'consult/statement',
    why: 'a dated public statement by a named official is reported as an event',
  },
  {
    text: 'Marco Rubio posted on Wednesday that the talks had gone well.',
    type: 'consult/statement',
    why: 'a post the text reports is a statement',
  },
  {
    text: 'The meeting was long and tiring.',
    type: 'consult',
    not: true,
    why: 'a meeting noun with no one and no date names no event',
  },
  {
    text: 'The company said its profits rose.',
    type: 'consult/statement',
    not: true,
    why: 'a plain "said" without a date or venue is a quote, not an event',
  },
  {
    text: 'The government met its deadline to publish the report.',
    type: 'consult',
    not: true,
    why: 'meeting a deadline is not a meeting between actors',
  },
  // agree: an agreement, pledge or signed measure.
  {
    text: 'Analysts agree that the border cartels buy most of their rifles in Arizona.',
    type: 'agree',
    not: true,
    why: 'agreeing that something is true is a shared view, not an agreement to act',
  },
  {
    text: 'Mexico and the United States agreed that the security group will meet every month.',
    type: 'agree',
    why: 'agree: what both sides agreed will happen is a plan agreed to',
  },
  {
    text: 'Mexico and the United States agreed on Thursday to share intelligence on arms trafficking.',
    type: 'agree',
    why: 'agree: both sides agree to a course of action',
  },
  {
    text: 'Marco Rubio and Juan Ramón de la Fuente signed a security accord in Mexico City on Friday.',
    type: 'agree',
    why: 'agree: signing an accord is formal agreement',
  },
  {
    text: 'Claudia Sheinbaum reached a deal with Donald Trump on Thursday on cattle imports.',
    type: 'agree',
    why: 'agree: reaching a deal',
  },
  {
    text: 'Mexico pledged on Monday to send more troops to its northern border.',
    type: 'agree',
    why: 'agree: a pledge is an agreement to act',
  },
  {
    text: 'Experts agree that the fentanyl trade is shifting to new routes.',
    type: 'agree',
    not: true,
    why: 'experts sharing a view is not an agreement between actors',
  },
  {
    text: 'The two sides did not agree on Tuesday on how to inspect the trucks.',
    type: 'agree',
    not: true,
    why: 'a denied agreement did not happen',
  },
  // agree/announce: a measure made public.
  {
    text: 'The Treasury Department announced new measures against money laundering on Tuesday.',
    type: 'agree/announce',
    why: 'our announce mode: a measure made public',
  },
  {
    text: 'Omar García Harfuch unveiled a plan against extortion on Monday.',
    type: 'agree/announce',
    why: 'our announce mode: a plan made public',
  },
  {
    text: 'The announcement by Mexico on Friday surprised the markets.',
    type: 'agree/announce',
    why: 'an announcement by a named actor on a date',
  },
  // support: praise, thanks and endorsement.
  {
    text: 'Marco Rubio praised Mexico on Tuesday for its work against the cartels.',
    type: 'support',
    why: 'support: praise is a verbal expression of support',
  },
  {
    text: 'Donald Trump thanked Claudia Sheinbaum on Friday for the transfer.',
    type: 'support',
    why: 'support: thanks express approval of the other side',
  },
  {
    text: 'The United States welcomed the arrests on Monday.',
    type: 'support',
    why: 'support: welcoming an action endorses it',
  },
  {
    text: 'Militia-backed gangs control the harbour.',
    type: 'support',
    not: true,
    why: 'a verb joined to a noun by a hyphen describes; nobody supports anyone',
  },
  // cooperate: working together, sharing information, help at the other side\'s request.
  {
    text: 'Mexico and the United States coordinated a raid on a drug lab on Tuesday.',
    type: 'cooperate',
    why: 'cooperate: coordinated security action',
  },
  {
    text: 'Canadian police and Mexico teamed up on Wednesday to trace a shipment of pills.',
    type: 'cooperate',
    why: 'cooperate: a joint operation',
  },
  {
    text: 'Satellite imagery of the mountains is shared with Mexico every month.',
    type: 'cooperate',
    why: 'cooperate: sharing intelligence',
  },
  {
    text: 'The Navy carried out the raid in coordination with the United States on Monday.',
    type: 'cooperate',
    why: 'cooperate: acting in coordination with the other side',
  },
  // cooperate/transfer_custody: extraditions and transfers of detainees.
  {
    text: 'Mexico extradited Juan Pérez to the United States on Thursday.',
    type: 'cooperate/transfer_custody',
    why: 'our transfer_custody mode: an extradition',
  },
  {
    text: 'Mexico sent 40 prisoners to the United States on Tuesday.',
    type: 'cooperate/transfer_custody',
    why: 'sending detainees to the other country is a custody transfer',
  },
  {
    text: 'Mexican authorities handed over the suspect to U.S. marshals on Friday.',
    type: 'cooperate/transfer_custody',
    why: 'handing over a detainee is a custody transfer',
  },
  {
    text: 'Texas prosecutors secured custody of three fugitives from Mexico on Monday.',
    type: 'cooperate/transfer_custody',
    why: 'taking custody from the other country is a custody transfer',
  },
  {
    text: 'Mexico sent a diplomatic note to the United States on Monday.',
    type: 'cooperate/transfer_custody',
    not: true,
    why: 'sending a letter moves no one in custody',
  },
  // aid: material help.
  {
    text: 'The United States donated 20 scanners to Mexico on Tuesday.',
    type: 'aid',
    why: 'aid: material assistance given',
  },
  {
    text: 'The United States funded a training centre for Mexico on Monday.',
    type: 'aid',
    why: 'aid: money for the other side',
  },
  // request: asks, demands, proposals.
  {
    text: 'Claudia Sheinbaum urged the United States on Monday to stop the flow of rifles.',
    type: 'request',
    why: 'request: urging is asking for an action',
  },
  {
    text: 'Donald Trump demanded on Tuesday that Mexico do more against the cartels.',
    type: 'request',
    why: 'request: a demand',
  },
  {
    text: 'Governor Greg Abbott pushed for stricter truck inspections in Mexico on Monday.',
    type: 'request',
    why: 'request: pressing for an action',
  },
  {
    text: 'Marco Rubio proposed a new border plan to Mexico on Friday.',
    type: 'request',
    why: 'request: a proposal (PLOVER puts proposals under request)',
  },
  {
    text: 'The official asked not to be named because she was not authorised to speak.',
    type: 'request',
    not: true,
    why: 'asking for anonymity introduces a source; no one asks anything of another party',
  },
  {
    text: 'When asked about the drones, the president smiled.',
    type: 'request',
    not: true,
    why: "a journalist's question is not a request between parties",
  },
  // accuse: accusations, criticism and criminal charges.
  {
    text: 'Claudia Sheinbaum accused the United States on Tuesday of ignoring the arms trade.',
    type: 'accuse',
    why: 'accuse: an accusation',
  },
  {
    text: 'The Justice Department charged five men with money laundering on Monday.',
    type: 'accuse',
    why: 'accuse: criminal charges accuse someone of a crime',
  },
  { text: 'A federal grand jury indicted Juan Pérez on Thursday.', type: 'accuse', why: 'accuse: an indictment' },
  {
    text: 'The indictment against the cartel leader was unsealed in Texas on Friday.',
    type: 'accuse',
    why: 'accuse: an indictment noun tells the charge',
  },
  {
    text: 'The Treasury Department sanctioned 16 companies accused of laundering money.',
    type: 'accuse',
    not: true,
    why: '"accused of" describes those named; the sentence reports a sanction, not an accusation',
  },
  // reject: refusals and denials.
  {
    text: 'Claudia Sheinbaum rejected on Monday any U.S. military action in Mexico.',
    type: 'reject',
    why: 'reject: refusing a proposal or action',
  },
  { text: 'Mexico refused on Tuesday to accept the deportees.', type: 'reject', why: 'reject: a refusal' },
  {
    text: 'Mexico denied on Friday that U.S. agents had operated on its soil.',
    type: 'reject',
    why: "reject: a denial of the other side's claim",
  },
  {
    text: 'Claudia Sheinbaum rebuffed the offer of troops from Donald Trump on Monday.',
    type: 'reject',
    why: 'reject: rebuffing an offer',
  },
  // threaten: threats, readiness to use force, pledges of punishment.
  {
    text: 'Donald Trump threatened on Tuesday to impose tariffs of 30 percent on Mexico.',
    type: 'threaten',
    why: 'threaten: a threat of a coercive measure',
  },
  {
    text: 'The nominee said the United States is ready to use force against the cartels.',
    type: 'threaten',
    why: 'readiness to use force is a threat',
  },
  {
    text: 'Donald Trump did not rule out strikes on Mexican soil on Sunday.',
    type: 'threaten',
    why: 'declining to rule out force is how a threat is reported',
  },
  {
    text: 'Fuel prices rose amid threats by Donald Trump against Venezuela.',
    type: 'threaten',
    why: 'threaten: reported threats by a named actor',
  },
  {
    text: 'Insurers said that shared threats to shipping raise their prices.',
    type: 'threaten',
    not: true,
    why: '"shared threats" are dangers, not a threat one actor makes to another',
  },
  // sanction and its designate mode.
  {
    text: 'The Treasury Department sanctioned six Mexican companies on Monday.',
    type: 'sanction',
    why: 'sanction: economic penalties',
  },
  {
    text: 'Donald Trump imposed tariffs on Mexican steel on Tuesday.',
    type: 'sanction',
    why: 'sanction: tariffs as a penalty',
  },
  {
    text: 'The Financial Intelligence Unit blocked the accounts of 20 people on Wednesday.',
    type: 'sanction',
    why: 'sanction: freezing assets',
  },
  {
    text: 'The unit added 14 people to its list of blocked persons on Tuesday.',
    type: 'sanction',
    why: 'sanction: listing people as blocked',
  },
  {
    text: 'The State Department designated six cartels as terrorist organisations on Thursday.',
    type: 'sanction/designate',
    why: 'our designate mode of sanction: a terrorist designation',
  },
  {
    text: 'Donald Trump signed an order designating the cartels as terrorist groups on Monday.',
    type: 'sanction/designate',
    why: 'the order designates: the type comes from what the order does',
  },
  {
    text: 'Police arrested two of the sanctioned men in Zapopan.',
    type: 'sanction',
    not: true,
    why: '"the sanctioned men" describes; the sentence reports an arrest',
  },
  // protest and mobilize.
  {
    text: 'Hundreds of farmers protested at the border crossing on Friday.',
    type: 'protest',
    why: 'protest: demonstrations',
  },
  {
    text: 'Mexico deployed 10,000 soldiers to its northern border on Wednesday.',
    type: 'mobilize',
    why: 'mobilize: troop deployment',
  },
  // coerce: arrest and seize.
  {
    text: 'Such seizures of fentanyl at the Nogales crossing are common in the spring.',
    type: 'coerce/seize',
    not: true,
    why: 'a kind of act ("such seizures") is no seizure that happened',
  },
  {
    text: 'Mexican marines arrested a cartel leader in Culiacán on Sunday.',
    type: 'coerce/arrest',
    why: 'coerce/arrest: detaining a person',
  },
  {
    text: 'Six men were arrested in Phoenix on Friday.',
    type: 'coerce/arrest',
    why: 'coerce/arrest: a passive arrest dated and placed',
  },
  {
    text: 'Authorities seized 250 kilograms of cocaine at the port of Manzanillo on Tuesday.',
    type: 'coerce/seize',
    why: 'coerce/seize: confiscating goods',
  },
  {
    text: 'Agents discovered a tunnel under the border in Tijuana on Wednesday.',
    type: 'coerce/seize',
    why: 'a discovered smuggling tunnel is seized',
  },
  {
    text: 'Soldiers neutralized nine drug labs in Durango in October.',
    type: 'coerce/seize',
    why: 'dismantling labs is seizure of property',
  },
  {
    text: 'The raid at the warehouse in Laredo on October 2 ended the scheme.',
    type: 'coerce/seize',
    why: 'a raid is a seizure operation',
  },
  // assault.
  {
    text: 'U.S. forces launched strikes on two boats in the Pacific on Tuesday.',
    type: 'assault/aerial',
    why: 'assault: "launched strikes" is the attack, not a launch',
  },
  { text: 'Gunmen attacked a police convoy in Michoacán on Monday.', type: 'assault', why: 'assault: an armed attack' },
  // retreat and concede.
  {
    text: 'The United States suspended the tariffs on Mexico on Thursday.',
    type: 'retreat',
    why: 'retreat: lifting or suspending a measure',
  },
  {
    text: 'Mexico conceded on Friday that the inspections had failed.',
    type: 'concede',
    why: 'concede: admitting a point',
  },
  // What a sentence tells as background, plans, or the content of a threat, pledge or request is no event of its own.
  {
    text: 'The peso fell on Monday after Donald Trump threatened Canada with tariffs.',
    type: 'threaten',
    not: true,
    why: 'a threat told only as what came before the news, with no day of its own, is background',
  },
  {
    text: 'The peso fell after Donald Trump threatened on Sunday to close the border.',
    type: 'threaten',
    why: 'threaten: a background clause that gives its own day tells an event',
  },
  {
    text: 'Donald Trump threatened on Monday to impose sanctions on six Mexican banks.',
    type: 'sanction',
    not: true,
    why: 'the sanctions are what is threatened; they have not been imposed',
  },
  {
    text: 'Marco Rubio and Juan Ramón de la Fuente agreed on Friday to hold a meeting in Washington.',
    type: 'consult',
    not: true,
    why: 'a meeting agreed to is part of the agreement, not a meeting held',
  },
  {
    text: 'The security group will meet again in Washington on January 23.',
    type: 'consult',
    not: true,
    why: 'a planned meeting has not happened',
  },
  {
    text: 'Claudia Sheinbaum said last year that the cartels had grown.',
    type: 'consult/statement',
    not: true,
    why: 'a speech verb dated only by a year recalls a view; a statement the text reports as news has its day',
  },
  {
    text: 'Several extradited were later convicted in Texas.',
    type: 'cooperate/transfer_custody',
    not: true,
    why: 'a verb form after "several" names people, not an extradition',
  },
  {
    text: 'Marco Rubio spoke with Juan Ramón de la Fuente on Monday about intelligence sharing.',
    type: 'cooperate',
    not: true,
    why: 'what two officials talk about is the topic of the consultation, not cooperation done',
  },
  {
    text: 'The new rules created concern among Mexican exporters.',
    type: 'agree',
    not: true,
    why: 'creating concern agrees nothing; only creating a body or programme is agreeing to it',
  },
  {
    text: 'Mexico and the United States created a working group on arms trafficking on Tuesday.',
    type: 'agree',
    why: 'agree: setting up a joint body is agreeing to it',
  },
  // Every form of a lemma fires, and the words around a form say whether it reports.
  {
    text: 'Some 30 people were detained near the border crossing.',
    type: 'coerce/arrest',
    why: 'coerce/arrest: a passive with a count of those held tells the arrest even with no agent named',
  },
  {
    text: 'The nominee appeared on Tuesday before the Senate Judiciary Committee.',
    type: 'consult/statement',
    why: 'our statement mode: an appearance before a committee is testimony the text reports',
  },
  {
    text: 'Mexico sent 12 prisoners to the United States, the security minister said on Tuesday.',
    type: 'consult/statement',
    not: true,
    why: 'a dated "said" after the news it attributes is the source of that news, not a statement of its own',
  },
  {
    text: 'The bank was fined for a transfer of funds to a shell company.',
    type: 'cooperate/transfer_custody',
    not: true,
    why: 'moving money moves no one in custody',
  },
  {
    text: 'Mexico and Canada said on Monday that they would create a joint task force.',
    type: 'agree',
    not: true,
    why: 'a body that would be created is a plan, not an agreement made',
  },
];

const es: readonly Row[] = [
  {
    text: 'El puerto de Manzanillo ha sido escenario de este tipo de decomisos durante años.',
    type: 'coerce/seize',
    not: true,
    why: 'un tipo de acto ("este tipo de decomisos") no es un decomiso ocurrido',
  },
  {
    text: 'Marco Rubio se reunió con Claudia Sheinbaum en Palacio Nacional el martes.',
    type: 'consult/meet',
    why: 'consult/meet: una reunión en persona',
  },
  {
    text: 'Juan Ramón de la Fuente visitó Washington el lunes.',
    type: 'consult/visit',
    why: 'consult/visit: el viaje de un actor al otro',
  },
  {
    text: 'Claudia Sheinbaum conversó por teléfono con Donald Trump el jueves.',
    type: 'consult/phone',
    why: 'consult: una llamada es una consulta a distancia',
  },
  {
    text: 'La llamada entre Marco Rubio y Juan Ramón de la Fuente ocurrió el domingo.',
    type: 'consult/phone',
    why: 'consult: la llamada entre dos actores',
  },
  {
    text: 'En conferencia de prensa, Omar García Harfuch informó el martes de 40 detenidos.',
    type: 'consult/statement',
    why: 'nuestro modo statement: una conferencia de prensa relatada',
  },
  {
    text: 'En un comunicado, la Fiscalía General de la República detalló el sábado las pruebas del caso.',
    type: 'consult/statement',
    why: 'nuestro modo statement: un comunicado relatado como hecho',
  },
  {
    text: 'Claudia Sheinbaum dijo el lunes que México no aceptará tropas extranjeras.',
    type: 'consult/statement',
    why: 'una declaración fechada de una funcionaria nombrada',
  },
  {
    text: 'El vecino dijo que la calle estaba tranquila.',
    type: 'consult/statement',
    not: true,
    why: 'un "dijo" sin fecha ni foro es una cita, no un hecho',
  },
  {
    text: 'México y Estados Unidos acordaron el jueves intercambiar información sobre armas.',
    type: 'agree',
    why: 'agree: ambas partes acuerdan una acción',
  },
  {
    text: 'Marco Rubio y Juan Ramón de la Fuente firmaron un memorando de entendimiento el viernes.',
    type: 'agree',
    why: 'agree: la firma de un acuerdo formal',
  },
  {
    text: 'Marco Rubio y Juan Ramón de la Fuente convinieron el lunes en revisar las cuotas de agua.',
    type: 'agree',
    why: 'agree: convenir es acordar',
  },
  {
    text: 'México anunció el martes un nuevo plan contra la extorsión.',
    type: 'agree/announce',
    why: 'nuestro modo announce: una medida hecha pública',
  },
  {
    text: 'De acuerdo con la Fiscalía, el detenido tenía 40 años.',
    type: 'agree',
    not: true,
    why: '"de acuerdo con" es "según": nadie acuerda nada',
  },
  {
    text: '"No estamos de acuerdo con esa propuesta", dijo la presidenta.',
    type: 'agree',
    not: true,
    why: 'un acuerdo negado no ocurrió',
  },
  {
    text: 'Canadá agradeció a México el lunes el rescate de sus turistas.',
    type: 'support',
    why: 'support: el agradecimiento expresa aprobación',
  },
  {
    text: 'Marco Rubio elogió el martes el trabajo de México contra los cárteles.',
    type: 'support',
    why: 'support: el elogio es apoyo verbal',
  },
  {
    text: 'México y Estados Unidos coordinaron el martes un operativo en Sonora.',
    type: 'cooperate',
    why: 'cooperate: acción de seguridad coordinada',
  },
  {
    text: 'Tropas de México y Estados Unidos patrullaron de forma conjunta la frontera el miércoles.',
    type: 'cooperate',
    why: 'cooperate: una operación conjunta',
  },
  {
    text: 'Las aduanas de ambos países compartieron registros el lunes en Nogales.',
    type: 'cooperate',
    why: 'cooperate: compartir información',
  },
  {
    text: 'La Fiscalía General de la República extraditó el viernes a un exalcalde a Guatemala.',
    type: 'cooperate/transfer_custody',
    why: 'nuestro modo transfer_custody: una extradición',
  },
  {
    text: 'México envió el jueves a Colombia a cinco reos.',
    type: 'cooperate/transfer_custody',
    why: 'enviar detenidos al otro país es un traslado de custodia',
  },
  {
    text: 'Las autoridades mexicanas trasladaron el martes a cuatro reclusos a Texas.',
    type: 'cooperate/transfer_custody',
    why: 'trasladar detenidos al otro país',
  },
  {
    text: 'La entrega de los detenidos a Estados Unidos se realizó el viernes en el aeropuerto.',
    type: 'cooperate/transfer_custody',
    why: 'la entrega de detenidos es un traslado de custodia',
  },
  {
    text: 'México envió una nota diplomática a Estados Unidos el lunes.',
    type: 'cooperate/transfer_custody',
    not: true,
    why: 'enviar una nota no traslada a nadie',
  },
  { text: 'Estados Unidos donó 20 escáneres a México el martes.', type: 'aid', why: 'aid: ayuda material' },
  {
    text: 'Claudia Sheinbaum pidió el lunes a Estados Unidos frenar el tráfico de armas.',
    type: 'request',
    why: 'request: una petición',
  },
  { text: 'Donald Trump exigió el martes a México más detenciones.', type: 'request', why: 'request: una exigencia' },
  {
    text: 'Claudia Sheinbaum ha insistido en que Estados Unidos regule la venta de rifles.',
    type: 'request',
    why: 'insistir en una acción de la otra parte es pedirla',
  },
  {
    text: 'El funcionario pidió no ser identificado.',
    type: 'request',
    not: true,
    why: 'pedir el anonimato presenta una fuente, no una petición entre partes',
  },
  {
    text: 'Claudia Sheinbaum acusó el martes a Estados Unidos de no frenar el tráfico de armas.',
    type: 'accuse',
    why: 'accuse: una acusación',
  },
  {
    text: 'La Fiscalía imputó el lunes a tres funcionarios por lavado de dinero.',
    type: 'accuse',
    why: 'accuse: imputar un delito',
  },
  {
    text: 'Claudia Sheinbaum rechazó el lunes cualquier intervención militar de Estados Unidos.',
    type: 'reject',
    why: 'reject: un rechazo',
  },
  {
    text: 'México negó el viernes que agentes estadounidenses operaran en su territorio.',
    type: 'reject',
    why: 'reject: una negación',
  },
  {
    text: 'El gobierno descartó el martes la llegada de tropas extranjeras.',
    type: 'reject',
    why: 'reject: descartar una propuesta',
  },
  {
    text: 'Donald Trump amenazó el martes con imponer aranceles a México.',
    type: 'threaten',
    why: 'threaten: una amenaza',
  },
  {
    text: 'Donald Trump no descartó el domingo usar la fuerza militar contra los cárteles.',
    type: 'threaten',
    why: 'no descartar la fuerza es como se informa una amenaza',
  },
  {
    text: 'El peso cayó luego de que Donald Trump amenazó el lunes con cerrar la frontera.',
    type: 'threaten',
    why: 'threaten: una amenaza contada como antecedente, pero con su propia fecha, es un hecho',
  },
  {
    text: 'Donald Trump amagó el domingo con cerrar los puertos del Golfo.',
    type: 'threaten',
    why: 'amagar es amenazar',
  },
  {
    text: 'El Departamento del Tesoro sancionó el lunes a seis empresas mexicanas.',
    type: 'sanction',
    why: 'sanction: sanciones económicas',
  },
  {
    text: 'Donald Trump impuso aranceles de 25 por ciento a México el martes.',
    type: 'sanction',
    why: 'sanction: aranceles como castigo',
  },
  {
    text: 'La Unidad de Inteligencia Financiera bloqueó el miércoles las cuentas de 20 personas.',
    type: 'sanction',
    why: 'sanction: congelar bienes',
  },
  {
    text: 'El Departamento de Estado designó el jueves a seis cárteles como organizaciones terroristas.',
    type: 'sanction/designate',
    why: 'nuestro modo designate: una designación terrorista',
  },
  {
    text: 'El gobierno de Texas clasificó el 4 de mayo a dos pandillas como organizaciones terroristas.',
    type: 'sanction/designate',
    why: 'clasificar como terrorista es designar',
  },
  {
    text: 'Cientos de agricultores protestaron el viernes en el puente fronterizo.',
    type: 'protest',
    why: 'protest: una manifestación',
  },
  {
    text: 'México desplegó 10 mil elementos de la Guardia Nacional en la frontera el miércoles.',
    type: 'mobilize',
    why: 'mobilize: despliegue de tropas',
  },
  {
    text: 'La Marina detuvo a un líder del cártel en Culiacán el domingo.',
    type: 'coerce/arrest',
    why: 'coerce/arrest: detener a una persona',
  },
  {
    text: 'En Mérida, se detuvo a tres hombres el martes.',
    type: 'coerce/arrest',
    why: 'una detención impersonal con lugar y fecha',
  },
  {
    text: 'En lo que va del año se concretó la detención de 250 personas.',
    type: 'coerce/arrest',
    why: 'la detención de un número de personas relata el hecho aunque nadie se nombre',
  },
  {
    text: 'Fue detenido el 3 de mayo en Torreón.',
    type: 'coerce/arrest',
    why: 'coerce/arrest: una detención pasiva fechada',
  },
  {
    text: 'Soldados aseguraron 800 litros de gasolina robada en Puebla el martes.',
    type: 'coerce/seize',
    why: 'coerce/seize: un aseguramiento',
  },
  {
    text: 'En Mazatlán, se aseguraron dos lanchas el lunes.',
    type: 'coerce/seize',
    why: 'un aseguramiento impersonal con lugar y fecha',
  },
  {
    text: 'Una bodega con precursores fue descubierta por policías en Toluca el miércoles.',
    type: 'coerce/seize',
    why: 'un túnel descubierto es una incautación',
  },
  {
    text: 'Las armas aseguradas eran de fabricación estadounidense.',
    type: 'coerce/seize',
    not: true,
    why: 'un participio que describe las armas no relata un aseguramiento',
  },
  {
    text: 'México aseguró que la cooperación continuará.',
    type: 'coerce/seize',
    not: true,
    why: '"aseguró que" es "dijo que": no hay incautación',
  },
  {
    text: 'Fuerzas estadounidenses bombardearon dos lanchas en el Pacífico el martes.',
    type: 'assault/aerial',
    why: 'assault: un bombardeo',
  },
  {
    text: 'Un grupo armado atacó a policías en Michoacán el lunes.',
    type: 'assault',
    why: 'assault: un ataque armado',
  },
  {
    text: 'Estados Unidos suspendió los aranceles a México el jueves.',
    type: 'retreat',
    why: 'retreat: suspender una medida',
  },
  // Lo que la oración cuenta como antecedente, plan o contenido de una amenaza, compromiso o petición no es un hecho propio.
  {
    text: 'El peso cayó tras las amenazas de Donald Trump contra Canadá.',
    type: 'threaten',
    not: true,
    why: 'una amenaza contada solo como antecedente, sin fecha propia, es contexto y no noticia',
  },
  {
    text: 'Donald Trump amenazó el domingo con imponer aranceles a México.',
    type: 'sanction',
    not: true,
    why: 'los aranceles son lo amenazado: aún no se imponen',
  },
  {
    text: 'Los cancilleres acordaron el viernes celebrar una reunión en Washington.',
    type: 'consult',
    not: true,
    why: 'una reunión acordada es parte del acuerdo, no una reunión celebrada',
  },
  {
    text: 'El grupo de seguridad se reunirá de nuevo en Washington el 23 de enero.',
    type: 'consult',
    not: true,
    why: 'una reunión prevista aún no ocurre',
  },
  {
    text: 'Claudia Sheinbaum dijo el año pasado que los cárteles crecieron.',
    type: 'consult/statement',
    not: true,
    why: 'un verbo de habla fechado solo con un año recuerda una opinión, no una declaración noticiosa',
  },
  {
    text: 'Marco Rubio habló con Juan Ramón de la Fuente el lunes sobre cooperación bilateral.',
    type: 'cooperate',
    not: true,
    why: 'el tema de una conversación no es una cooperación realizada',
  },
  // Toda forma de un lema cuenta, y lo que la rodea dice si relata algo.
  {
    text: 'Agentes federales arrestaron a dos hombres en Sonora el martes.',
    type: 'coerce/arrest',
    why: 'coerce/arrest: "arrestaron" es una forma del lema arrestar',
  },
  {
    text: 'La Marina detendrá a los responsables, anunció el ministro.',
    type: 'coerce/arrest',
    not: true,
    why: 'una forma en futuro anuncia un plan, no una detención ocurrida',
  },
  {
    text: 'El ministro aseguró en repetidas ocasiones que la frontera es segura.',
    type: 'coerce/seize',
    not: true,
    why: 'asegurar sin nada asegurado después es afirmar, no incautar',
  },
  {
    text: 'Se detuvieron 25 personas durante el operativo.',
    type: 'coerce/arrest',
    why: 'coerce/arrest: un verbo con la cifra de detenidos al lado relata la detención',
  },
  {
    text: 'Una firma de abogados asesoró al gobierno de México el lunes.',
    type: 'agree',
    not: true,
    why: 'una forma verbal tras "una" es un sustantivo: la firma es una empresa',
  },
  {
    text: 'El fiscal compareció el martes ante el Senado de México.',
    type: 'consult/statement',
    why: 'nuestro modo statement: comparecer ante el Senado es una declaración relatada',
  },
  {
    text: 'México envió a 12 reos a Estados Unidos, dijo el ministro el martes.',
    type: 'consult/statement',
    not: true,
    why: 'un "dijo" fechado tras la noticia que atribuye es su fuente, no una declaración aparte',
  },
  {
    text: 'Un túnel fue hallado en Mexicali, informaron las autoridades el martes.',
    type: 'agree/announce',
    why: 'nuestro modo announce: informar con fecha da a conocer un hecho',
  },
  {
    text: 'Estados Unidos asumió el martes el compromiso de frenar el tráfico de armas.',
    type: 'agree',
    why: 'agree: un compromiso asumido es un acuerdo de actuar',
  },
  {
    text: 'La multa castigó la transferencia de fondos a una empresa fantasma.',
    type: 'cooperate/transfer_custody',
    not: true,
    why: 'mover dinero no traslada a nadie bajo custodia',
  },
  {
    text: 'México y Canadá firmarían el lunes un acuerdo si se cumplen las condiciones.',
    type: 'agree',
    not: true,
    why: 'un condicional ("firmarían") no relata un acuerdo firmado',
  },
];

/** The events a sentence yields, as type and type/mode. */
function kinds(text: string): string[] {
  const { layers } = analyzeText(text, { published: '2026-01-15' });
  return layers.events.flatMap((e) => (e.mode ? [e.type, `${e.type}/${e.mode}`] : [e.type]));
}

for (const [language, rows] of [
  ['en', en],
  ['es', es],
] as const) {
  describe(`event types by PLOVER's definitions (${language})`, () => {
    it.each(rows.map((r) => [r.not ? `not ${r.type}` : r.type, r.text, r] as const))('%s: %s', (_label, _text, row) => {
      const found = kinds(row.text);
      if (row.not) expect(found, row.why).not.toContain(row.type);
      else expect(found, row.why).toContain(row.type);
    });
  });
}

it('checks at least 100 sentences, several per type, in both languages', () => {
  expect(en.length + es.length).toBeGreaterThanOrEqual(100);
  expect(es.length).toBeGreaterThanOrEqual(50);
});

/**
 * The cue phrases role rules look for, as data. Each is matched case-insensitively on the
 * words next to a place mention; the matched words become the mention's `cue`.
 */

/**
 * Event phrases WordNet's classes (`wordClasses.ts`, `data/lexicon/word-classes.json`) lack:
 * phrases ("bodies found", "set on fire"), news senses WordNet ranks too low or lacks ("busted",
 * "hub", "gateway", "transit point", "drones", "graves", "dumped", "tapped" phones), and
 * movement and pursuit words that make a place a scene when they happen in it ("fled",
 * "crossed", "chased", "loaded"). Surface forms, read by the same pass as the WordNet classes.
 */
export const HAND_EVENT_FORMS = [
  'bodies found', 'bodies were found', 'found dead', 'gunmen opened fire', 'gunned down', 'busted', 'grave', 'graves', 'mass grave', 'mass graves',
  'stash house', 'dumped', 'dumping', 'set fire', 'set on fire', 'burned', 'loaded', 'unloaded', 'fled', 'explosives', 'drone', 'drones',
  'transit point', 'gateway', 'hub', 'cross', 'crossed', 'crossing', 'crossings', 'blast', 'car bomb', 'pursued', 'pursuing', 'pursuit',
  'chase', 'chased', 'tapped',
];
/** Event phrases as one pattern (for a purpose clause: "into the United States to murder targets"). */
export const EVENT = new RegExp(`\\b(?:${HAND_EVENT_FORMS.join('|')})\\b`, 'i');

/** Territory verbs and nouns linking a group to a place (group … cue … place). */
export const TERRITORY_FORWARD =
  /\b(?:based in|(?:faction|cell|branch|wing|chapter|plaza boss(?:es)?) (?:in|of)|(?:lost|gained|ceded|won) ground (?:in|to)|(?:trade|market|prisons?|streets|routes?|corridors?|business|rackets?) (?:in|of|through)|born in|founded (?:\w+ )*?in|(?:grip|hold|foothold|stranglehold|monopoly) (?:on|over|in)|(?:driven|pushed|forced|expelled|ousted) out of|operat(?:es|ed|ing|e) (?:across|throughout|all over)|across|throughout|headquartered in|home base (?:in|of)|stronghold (?:in|of)|strongholds in|bastion (?:in|of)|operat(?:es|ed|ing|e) (?:freely |openly |with impunity )?(?:in|out of|from)|active in|presence in|present in|control(?:s|led|ling)?(?: of)?(?: the)?|dominat(?:es|ed|ing)|(?:hold(?:s)?|held) sway (?:in|over)|rul(?:es|ed) over|expan(?:d|ds|ded|ding|sion) (?:(?:north|south|east|west)(?:wards?)? )?(?:in)?to|mov(?:ed|ing|es) (?:(?:north|south|east|west)(?:wards?)? )?into|push(?:ed|ing|es)? (?:(?:north|south|east|west)(?:wards?)? )?into|named after|spread (?:in)?to|fight(?:s|ing)? (?:for|over)|fought (?:for|over)|battl(?:e|es|ed|ing) (?:for|over)|war (?:for|over)|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|(?:turf|territory|territories|operations|reach|influence) (?:in|into|to|over)|routes? (?:through|in|into)|plaza (?:of|in)|from)\b/i;

/** Place … cue … group ("Nayarit, home of the H-2 cartel", "Tamaulipas, controlled by the Gulf cartel"). */
export const TERRITORY_BACKWARD =
  /\b(?:home (?:base )?of|base of|stronghold of|bastion of|cradle of|turf of|territory of|controlled by|dominated by|disputed by|contested by|where (?:the )?)\b/i;

/** Immediately before a place: the place is where a court, prosecutor or government acts. */
export const JURISDICTION_BEFORE =
  /\b(?:court|courts|courthouse|prosecutors?|(?:u\.?s\.? )?attorney(?:['’]s office)?|judge|magistrate|grand jury|jury|tribunal|district(?: court)?|authorities|officials?|official sources|investigators|government|treasury|ministry|parliament|congress|senate|cabinet|regulators?|justice department|attorney general|state department|charges?|charged|indicted|indictment|prosecuted|prosecution|trial|tried|convicted|sentenced|lawsuit|case filed|wanted|investigation)\s+(?:in|of|for|from)\s+(?:the\s+)?$|\b(?:sought|wanted|charged|prosecuted|indicted|investigated|requested|tried|convicted|sentenced)\s+by\s+(?:the\s+)?$/i;

/**
 * Immediately after a place: the place's law, courts, authorities, police force (an authority
 * acting for the place: "Essex Police have charged", "Dutch police say") or custody.
 */
export const JURISDICTION_AFTER =
  /^(?:['’]s?)?\s+(?:federal\s+|state\s+|public\s+|crown\s+|magistrates['’]?\s+|county\s+|circuit\s+|superior\s+|high\s+|provincial\s+|regional\s+|municipal\s+|criminal\s+|military\s+|justice\s+|drug\s+|supreme\s+|district\s+|constitutional\s+|appeals\s+|electoral\s+|interior\s+|foreign\s+|security\s+|defen[cs]e\s+|justice\s+|finance\s+)?(?:law(?!\s+enforcement)|laws|authorities|police|sheriff(?:['’]s)?(?:\s+(?:office|department|deputies))?|constabulary|gendarmerie|guardia civil|carabinieri|officials?|ministers?|ministry|president|governor|mayor|magistrates?|treasury|department(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?|attorney\s+general['’]s\s+office|official\s+sources|government|governments|court|courts|jury|prosecutors?|judge|investigation|investigators|(?:law\s+enforcement\s+)?investigations|case|judiciary|justice system|attorney general|attorney['’]s office|district attorney|state['’]s attorney|prosecutor['’]s office|custody|jurisdiction|congress|senate|legislature|department of justice|justice department|foreign secretary|foreign ministry|extradition|indictment|charges|agents)\b/i;

/** After a place: the place acts on a case ("Mexico extradited", "the United States charged"). */
export const JURISDICTION_ACTS =
  /^\s*(?:has |had |have |will |would |could |can |may |must |should |then |later |first |formally |ultimately |to )*(?:proceed\w*(?: first)? with \w+|extradite|prosecute|investigate|extradited|charged|indicted|prosecuted|requested|sought|convicted|sentenced|dropped|dismissed|filed|sued|investigat\w+|tried|ruled|deported)\b/i;

/** A preposition that puts a place as the scene of an event ("in", "at", "near" …). */
export const LOCATIVE_BEFORE = /\b(?:in|at|near|inside|outside|across|on|off|around|through|above|below|along|within|between|north of|south of|east of|west of)\s+(?:the\s+)?(?:(?:port|city|town|village|state|municipality|outskirts|suburbs?|streets|border city|center|centre|airport|prison|region|province|coast|mountains|hills|sierra|jungles?|forests?|countryside|desert|highlands)\s+of\s+)?(?:downtown\s+|central\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$/i;

/**
 * "to", "into", "from" make a place the scene only of a movement ("extradited to Texas",
 * "smuggled into the United States"), not of any event ("passed on to Mexico … detention").
 */
export const DIRECTION_BEFORE = /\b(?:into|to|toward|towards|from|out of|bound for|destined for|headed (?:for|to))\s+(?:the\s+)?(?:(?:port|city|town|state|border city) of\s+)?$/i;
/**
 * Movements whose destination is the scene whatever moves (extradited, deported, smuggled into
 * it; a shipment bound for it; a suspect who fled to it).
 */
export const HAND_MOVE_FORMS = [
  'extradited', 'extradition', 'deported', 'deportation', 'smuggled', 'smuggling', 'smuggle', 'trafficked', 'trafficking', 'trafficker', 'traffickers',
  'deport', 'deports', 'deporting', 'import', 'imports', 'imported', 'importing', 'export', 'exports', 'exported', 'exporting', 'shipped', 'bound',
  'destined', 'fled', 'escaped',
];
/**
 * Movements that make a route only with contraband, violence or a case in their clause
 * (`roles/route.ts`): "directed the killings from X", "flown to X to face charges", but not
 * "flew from Dallas to Houston for a wedding".
 */
export const HAND_MOVE_GENERIC_FORMS = [
  'headed', 'come', 'came', 'running', 'leading', 'organized', 'organised', 'run', 'directed', 'coordinated', 'flown', 'flew', 'sent', 'transferred',
  'moved', 'crossed', 'brought', 'taken',
];

/** Anaphors that refer back to the last named group ("the cartel expanded into …", "the Venezuelan gang", "the clan"). */
export const GROUP_ANAPHOR = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:(?!drug\b|crime\b|criminal\b)[a-z]+(?:-[a-z]+)?\s+|[A-Z][a-z]+\s+)?(?:cartel|gang|group|organi[sz]ation|syndicate|clan|crew|faction|coalition|militia|mafia)\b/g;

/** Feature codes of courts and judicial districts. */
export const JURISDICTION_FEATURES = new Set(['CTHSE', 'ADMD']);
/** Feature codes of areas that contain other places (for "Culiacán, Sinaloa" qualifiers). */
export const AREA_FEATURES = /^(?:PCL\w*|ADM\d\w*|ADMD|TERR|RGN)$/;

/** Just before an event word: the event did not happen ("not killing", "evaded capture"). */
export const NEGATED_EVENT = /\b(?:not|never|no|evaded|escaped|avoided|eluded|without|nor)\s+(?:\w+\s+)?$/i;

/** "governor of X", "a native of X": the place qualifies a person, it is no scene. */
export const PERSON_OF = /\b(?:governor|mayor|president|senator|congressman|congresswoman|minister|ambassador|consul|native|citizens?|bishop|archbishop|king|queen|prince)\s+of\s+(?:the\s+)?$/i;

/** "cartels — especially Sinaloa": a place standing for the group named after it, by ellipsis. */
export const GROUP_ELLIPSIS = /\b(?:cartels?|gangs?|groups?|organi[sz]ations?)\s*(?:[,—–-]|such as|like)\s*(?:especially|notably|particularly|including|namely|chiefly|mainly|primarily|such as|like)?\s*(?:the\s+)?$/i;

/** Generic geographic nouns in a group's name ("Gulf cartel") name no gazetteer place. */
export const GENERIC_GEO = /^(?:gulf|golfo|coast|valley|north|south|east|west|northeast|northwest|southeast|southwest|border|sierra|mountains?|highlands?|lowlands?|delta|pacific|atlantic|caribbean)$/i;

/** Officials no longer in office act for no jurisdiction ("former US officials"). */
export const FORMER_BEFORE = /\bformer\s+$/i;

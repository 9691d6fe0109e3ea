/**
 * The cue phrases role rules look for, as data. Each is matched case-insensitively on the
 * words next to a place mention; the matched words become the mention's `cue`.
 */

/** Event words: something happened at the place (incident layer). */
export const EVENT =
  /\b(?:arrest(?:s|ed|ing)?|captur(?:e|ed|es|ing)|detain(?:ed|s|ing)?|detention|apprehend(?:ed|s)?|taken into (?:[\w.]+ )?custody|kill(?:ed|s|ing|ings)?|murder(?:ed|s|ing)?|assassinat(?:ed|ion)|slain|shot|shooting|gunfight|firefight|gunmen opened fire|ambush(?:ed)?|massacre(?:d)?|execut(?:ed|ion)|behead(?:ed|ing)|tortur(?:ed|e)|kidnap(?:ped|ping|s)?|abduct(?:ed|ion)|raid(?:s|ed)?|bust(?:s|ed)?|seiz(?:ed|ure|ures|es)|confiscat(?:ed|ion)|intercept(?:ed)?|extradit(?:ed|ion)|deport(?:ed|ation)|smuggl(?:ed|ing|e)|traffick(?:ed)|bodies (?:were )?found|found dead|clash(?:es|ed)?|attack(?:s|ed)?|bomb(?:ing|ed)|landed|crash(?:ed)?)\b/i;

/** Territory verbs and nouns linking a group to a place (group … cue … place). */
export const TERRITORY_FORWARD =
  /\b(?:based in|headquartered in|home base (?:in|of)|stronghold (?:in|of)|strongholds in|bastion (?:in|of)|operat(?:es|ed|ing|e) (?:in|out of|from)|active in|presence in|present in|control(?:s|led|ling)?(?: of)?(?: the)?|dominat(?:es|ed|ing)|hold(?:s)? sway (?:in|over)|rul(?:es|ed) over|expan(?:d|ds|ded|ding|sion) (?:in)?to|mov(?:ed|ing|es) into|push(?:ed|ing|es)? into|spread (?:in)?to|fight(?:s|ing)? (?:for|over)|fought (?:for|over)|battl(?:e|es|ed|ing) (?:for|over)|war (?:for|over)|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|(?:turf|territory|territories|operations|reach|influence) (?:in|into|to|over)|plaza (?:of|in)|from)\b/i;

/** Place … cue … group ("Nayarit, home of the H-2 cartel", "Tamaulipas, controlled by the Gulf cartel"). */
export const TERRITORY_BACKWARD =
  /\b(?:home (?:base )?of|base of|stronghold of|bastion of|cradle of|turf of|territory of|controlled by|dominated by|disputed by|contested by|where (?:the )?)\b/i;

/** Immediately before a place: the place is where a court, prosecutor or government acts. */
export const JURISDICTION_BEFORE =
  /\b(?:court|courts|courthouse|prosecutors?|(?:u\.?s\.? )?attorney(?:['’]s office)?|judge|grand jury|tribunal|district(?: court)?|authorities|government|police|justice department|attorney general|state department|charges?|charged|indicted|indictment|prosecuted|prosecution|trial|tried|convicted|sentenced|lawsuit|case filed)\s+(?:in|of|for|from)\s+(?:the\s+)?$/i;

/** Immediately after a place: the place's law, courts, authorities or custody. */
export const JURISDICTION_AFTER =
  /^(?:['’]s?)?\s+(?:federal\s+|state\s+|criminal\s+|military\s+|justice\s+|drug\s+)?(?:law(?!\s+enforcement)|laws|authorities|government|court|courts|prosecutors?|judge|judiciary|justice system|attorney general|attorney['’]s office|custody|jurisdiction|congress|senate|legislature|department of justice|justice department|foreign secretary|foreign ministry|extradition|indictment|charges)\b/i;

/** After a place: the place acts on a case ("Mexico extradited", "the United States charged"). */
export const JURISDICTION_ACTS =
  /^\s*(?:has |had |have |will |would |then |later |formally )*(?:extradited|charged|indicted|prosecuted|requested|sought|convicted|sentenced|dropped|dismissed|filed|sued|investigat\w+|tried|ruled|deported)\b/i;

/** A preposition that puts a place as the scene of an event ("in", "at", "near" …). */
export const LOCATIVE_BEFORE = /\b(?:in|at|near|inside|outside|across|on|off|around|through|north of|south of|east of|west of)\s+(?:the\s+)?(?:(?:port|city|town|village|state|municipality|outskirts|suburbs?|streets|border city|center|centre|airport|prison|region|province|coast)\s+of\s+)?(?:downtown\s+|central\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$/i;

/**
 * "to", "into", "from" make a place the scene only of a movement ("extradited to Texas",
 * "smuggled into the United States"), not of any event ("passed on to Mexico … detention").
 */
export const DIRECTION_BEFORE = /\b(?:into|to|from|out of)\s+(?:the\s+)?$/i;
export const MOVEMENT =
  /\b(?:extradit(?:ed|ion)|deport(?:ed|ation)|smuggl(?:ed|ing|e)|traffick(?:ed|ing)|flown|flew|sent|transferred|shipped|moved|fled|escaped|crossed|brought|taken)\b/i;

/** Anaphors that refer back to the last named group ("the cartel expanded into …"). */
export const GROUP_ANAPHOR = /\b(?:the|this|that|its|their)\s+(?:cartel|gang|group|organi[sz]ation|syndicate)\b/gi;

/** Feature codes of courts and judicial districts. */
export const JURISDICTION_FEATURES = new Set(['CTHSE', 'ADMD']);
/** Feature codes of areas that contain other places (for "Culiacán, Sinaloa" qualifiers). */
export const AREA_FEATURES = /^(?:PCL\w*|ADM\d\w*|ADMD|TERR|RGN)$/;

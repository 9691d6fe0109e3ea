/**
 * The words around a capitalised name that tell whether it is a place. Lower-case forms.
 * These are English function words and title/organisation vocabulary, not place names.
 */

/** Titles before a person's name: "Gen. Salvador", "Mr. Pascual", "President Calderón". */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'gen', 'general', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'president', 'judge', 'justice', 'sgt', 'sergeant', 'lt', 'lieutenant', 'col', 'colonel', 'capt', 'captain',
  'officer', 'agent', 'detective', 'det', 'prof', 'professor', 'rev', 'reverend', 'father', 'sister', 'brother',
  'adm', 'admiral', 'maj', 'major', 'cpl', 'corporal', 'pvt', 'private', 'sheriff', 'deputy', 'chief', 'commander',
  'secretary', 'minister', 'ambassador', 'attorney', 'atty', 'prosecutor', 'mayor', 'councilman', 'councilwoman',
  'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'sir', 'pope', 'bishop', 'archbishop', 'cardinal', 'don', 'doña', 'señor', 'el', 'la',
  'coach', 'trooper', 'inspector', 'supt', 'superintendent', 'principal', 'dean', 'chancellor', 'speaker',
  'defendant', 'plaintiff', 'suspect', 'victim', 'witness', 'alias', 'aka', 'nicknamed', 'alias',
]);

/** Heads after a place name that make the whole a non-place: "Houston Chronicle", "Dublin Road". */
export const ORGANISATION_HEADS = new Set([
  'chronicle', 'times', 'post', 'herald', 'tribune', 'journal', 'news', 'gazette', 'star', 'observer', 'register',
  'bee', 'inquirer', 'examiner', 'courier', 'dispatch', 'sun', 'daily', 'magazine', 'press', 'record', 'review',
  'telegraph', 'guardian', 'independent', 'standard', 'mirror', 'express', 'leader', 'sentinel', 'democrat',
  'republican', 'advocate', 'enquirer', 'globe', 'reporter', 'bulletin', 'monitor', 'argus', 'statesman',
  'inc', 'corp', 'corporation', 'company',
  'co', 'llc', 'ltd', 'group', 'holdings', 'bancorp', 'airlines', 'airways', 'hotel', 'motel', 'inn',
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way',
  'ct', 'place', 'pl', 'terrace', 'circle', 'parkway', 'pkwy', 'pike', 'trail', 'mall', 'center',
  'centre', 'club', 'stadium', 'arena', 'theater', 'theatre', 'cowboys', 'rangers', 'giants', 'yankees', 'mets', 'astros',
  'rockets', 'texans', 'bears', 'bulls', 'cubs', 'lakers', 'dodgers', 'raiders', 'chargers', 'padres', 'warriors',
  'eagles', 'jets', 'nets', 'knicks', 'braves', 'hawks', 'falcons', 'saints', 'pelicans', 'heat', 'dolphins',
  'marlins', 'panthers', 'lions', 'tigers', 'pistons', 'reds', 'bengals', 'browns', 'steelers', 'pirates',
  'penguins', 'ravens', 'orioles', 'nationals', 'redskins', 'capitals', 'wizards', 'celtics', 'patriots', 'sox',
  'fc', 'united', 'city fc', 'stars', 'mavericks', 'spurs', 'suns', 'cardinals', 'diamondbacks', 'broncos',
  'nuggets', 'rockies', 'avalanche', 'jazz', 'kings', 'clippers', 'sharks', 'seahawks', 'mariners', 'blazers',
  'colts', 'pacers', 'packers', 'brewers', 'bucks', 'vikings', 'twins', 'timberwolves', 'wild', 'chiefs', 'royals',
  'titans', 'predators', 'grizzlies', 'thunder', 'hornets', 'magic', 'lightning', 'rays', 'buccaneers', 'jaguars',
  'bills', 'sabres', 'flyers', 'phillies', 'sixers', '76ers', 'devils', 'islanders', 'senators', 'canadiens',
  'symphony', 'orchestra', 'opera', 'ballet', 'foundation', 'association', 'society', 'league',
  'conference', 'festival', 'fair', 'expo', 'marathon', 'open', 'classic', 'bowl', 'cup', 'series', 'games',
]);

/**
 * Last words that make a run of capitals an organisation's name, whatever first name opens it:
 * "Alberta Liquor Store Association", "Georgia Pacific Corporation". Not street words: "Lane" and
 * "Street" are surnames too ("Virginia L. Lane").
 */
export const ORGANISATION_TAILS = new Set([
  'association', 'society', 'foundation', 'league', 'federation', 'union', 'institute', 'company', 'corporation',
  'corp', 'inc', 'llc', 'ltd', 'group', 'holdings', 'university', 'college', 'hospital', 'church', 'club', 'court',
]);

/** Heads after a place name that keep it a place: "Sinaloa cartel", "Tijuana police", "Texas Department". */
export const PLACE_HEADS = new Set([
  'police', 'department', 'dept', 'county', 'parish', 'city', 'state', 'cartel', 'gang', 'army', 'navy',
  'government', 'governor', 'mayor', 'authorities', 'officials', 'border', 'prison', 'jail', 'congress',
  'senate', 'legislature', 'assembly', 'province', 'region', 'valley', 'area', 'metro', 'council', 'board',
  'sheriff', 'attorney', 'prosecutors', 'highway', 'patrol', 'national', 'guard', 'federal', 'district',
  'municipality', 'township', 'borough', 'village', 'town', 'port', 'bay', 'harbor', 'river', 'lake', 'coast',
  'airport', 'border', 'crossing', 'plaza', 'organization', 'organisation', 'family', 'federation', 'mafia',
  'syndicate', 'network', 'ministry', 'secretariat', 'office', 'commission', 'agency', 'bureau', 'embassy',
  'consulate', 'governorate', 'oblast', 'republic', 'kingdom', 'islands', 'island', 'peninsula', 'mountains',
  'desert', 'basin', 'delta', 'strip', 'bank', 'heights', 'zone', 'corridor', 'route', 'metropolitan', 'capital',
  'president', 'prime', 'minister', 'leaders', 'people', 'residents', 'voters', 'troops', 'forces', 'military',
]);

/** Words before a place name that leave it a place: "Northern Mexico", "Greater Houston". */
export const MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  // Spanish compass words name no place by themselves either ("Cartel del Noreste").
  'norte', 'sur', 'noreste', 'noroeste', 'sureste', 'suroeste', 'oriente', 'poniente',
  'greater', 'upstate', 'downstate', 'downtown', 'uptown', 'metro', 'suburban', 'rural', 'coastal', 'inner',
  'outer', 'upper', 'lower', 'mid', 'midtown', 'old', 'new', 'rest', 'all', 'across', 'neighboring', 'neighbouring',
]);

/** Heads of "<Head> of <Place>" that make an organisation: "University of Miami", "Bank of America". */
export const ORGANISATION_OF = new Set([
  'bank', 'museum', 'church', 'archdiocese', 'diocese',
  'hospital', 'club', 'order', 'knights', 'daughters', 'sons', 'friends', 'society', 'association', 'federation',
  'chamber', 'league', 'council', 'union', 'bishop', 'archbishop', 'duke', 'duchess', 'earl', 'prince', 'princess',
  'queen', 'king', 'battle', 'siege', 'treaty', 'declaration', 'statue', 'wizard', 'lady', 'bishops', 'mission',
]);

/**
 * Seats of power that news names for the institution ("the White House said", "the Kremlin
 * denied"): after "the" they are no place, whatever town bears the name (White House, Tennessee).
 * Folded keys.
 */
export const INSTITUTIONS = new Set(['white house', 'kremlin', 'pentagon', 'capitol', 'capitol hill', 'elysee', 'elysee palace', 'downing street', 'duma', 'knesset', 'bundestag']);

/** Lower-case words allowed inside multi-word names: "Gulf of Mexico", "Ciudad de México". */
export const CONNECTORS = new Set([
  'of', 'the', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'le',
  'les', 'en', 'on', 'upon', 'au', 'aux', 'sur', 'an', 'am', 'im', 'and', 'e', "d'",
]);

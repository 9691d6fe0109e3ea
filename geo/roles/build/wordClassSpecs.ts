/**
 * The word classes the roles stage reads, as WordNet 3.1 seeds (`lemma.pos.N`, sense N; each
 * "+" takes one more level of hyponyms). The table in `data/lexicon/word-classes.json` is
 * derived from these by `geo/cli/build-word-classes.ts`; every hand-added or dropped word says
 * why WordNet is wrong for news.
 *
 * Classes:
 * - events (something happens at the place): arrest, killing, attack, raid, seizure,
 *   extradition, kidnapping, meeting, laundering, smuggling, disaster;
 * - movement: `transport` (someone moves things or people: ship, carry, fly cargo), `travel`
 *   (something goes: spread, pass, cross, flee), `storing` (keep or hide: store, stash, deposit);
 * - what trafficking moves: `cargo` (drugs, weapons, migrants, shipments, contraband) and
 *   `money` (cash, funds, proceeds, bribes, accounts);
 * - `prosecution` (a state acts on a case: prosecute, indict, charge, convict, sentence, try);
 * - `control` (a group holds ground: control, dominate, rule);
 * - `locale` (kinds of place: town, suburb, province, port, coast, outskirts), for "in the
 *   Spanish resort of Marbella", "the hill town of San Luca": the place after "of" is where the
 *   preposition before the phrase puts it;
 * - `government` (what states do besides prosecuting: impose, ban, sanction, sign, deploy,
 *   promise), for "Beijing placed precursors under control", "Singapore shut two banks".
 */
import type { WordClassSpec } from './deriveWordClasses.ts';

/** Everyday verbs that share a synset with a crime sense; news means them otherwise ("hold a meeting", "take office"). */
const EVERYDAY = ['get', 'take', 'make', 'do', 'go', 'come', 'have', 'hold', 'give', 'put', 'set', 'run', 'hit', 'catch', 'pick up', 'turn', 'play', 'move', 'pass', 'lead', 'keep', 'carry', 'bring', 'send', 'see', 'find', 'stop', 'force', 'work', 'cover', 'break', 'land', 'fly', 'fire'];

export const WORD_CLASS_SPECS: readonly WordClassSpec[] = [
  {
    name: 'arrest',
    seeds: ['arrest.v.1', 'detain.v.1', 'capture.v.3', 'arrest.n.1', 'detention.n.1', 'custody.n.2', 'capture.n.4', 'imprison.v.1', 'incarcerate.v.1'],
    nouns: true,
    // "Round up" and "nab" are how news says arrest; WordNet files "nab" under arrest but not as its commonest sense.
    add: ['nab/v', 'round up/v', 'roundup/n', 'arrest/v', 'capture/v'],
    // "Seizure" (capture of a person) is left to the seizure class, where news mostly means it.
    drop: [...EVERYDAY, 'nail', 'cop', 'pinch', 'collar', 'confine', 'jug', 'lag', 'gaol', 'seizure'],
  },
  {
    name: 'killing',
    seeds: ['kill.v.1', 'kill.v.9', 'kill.v.10', 'murder.v.1+', 'shoot.v.2', 'execute.v.1', 'execute.v.2', 'massacre.v.1', 'assassinate.v.1', 'killing.n.2', 'murder.n.1+', 'homicide.n.1', 'massacre.n.1', 'shooting.n.2', 'corpse.n.1', 'decapitate.v.1', 'stab.v.1', 'strangle.v.1', 'lynch.v.1'],
    nouns: true,
    // "Gunned down" and "femicide" are news words WordNet lacks.
    add: ['gun down/v', 'femicide/n', 'feminicide/n', 'killing/n', 'shot dead/v'],
    // Murder's synset holds everyday verbs ("remove", "hit", "dispatch", "off").
    drop: [...EVERYDAY, 'remove', 'off', 'dispatch', 'polish off', 'bump off', 'clay', 'stiff', 'remains', 'pip'],
  },
  {
    name: 'attack',
    seeds: ['attack.v.1', 'attack.v.3', 'attack.v.4', 'attack.n.1', 'ambush.v.1', 'ambush.n.1', 'violence.n.1', 'violence.n.3', 'shoot.v.3', 'bomb.v.1', 'bombing.n.1', 'explode.v.1', 'explosion.n.1', 'explosion.n.2', 'torture.v.2', 'torture.n.5', 'torch.v.1', 'burn.v.1', 'arson.n.1', 'skirmish.n.1', 'gunfight.n.1', 'gunfire.n.1', 'battle.n.1', 'assault.n.1', 'wound.v.1', 'extort.v.1', 'extort.v.2', 'extortion.n.1', 'rob.v.1', 'robbery.n.1', 'theft.n.1', 'steal.v.1', 'storm.v.5', 'hijack.v.1', 'rape.v.1', 'rape.n.3', 'riot.n.1'],
    nouns: true,
    // News words for violence that WordNet lacks or files as a sense too rare to pass.
    add: ['shootout/n', 'car bomb/n', 'grenade attack/n', 'drone strike/n', 'airstrike/n', 'air strike/n', 'attack/v', 'attack/n', 'violence/n', 'clash/n', 'clash/v', 'open fire/v', 'opened fire/v', 'firefight/n', 'wounded/v', 'injured/v', 'shooting/n'],
    // "Fight", "battle", "charge", "strike" as verbs are mostly figurative in news ("fight corruption").
    drop: [...EVERYDAY, 'fight', 'battle', 'charge', 'strike', 'set on', 'round', 'conflict', 'engagement', 'surprise', 'set off', 'trap', 'lurk', 'scupper', 'rip', 'rip off', 'excruciate', 'torment', 'brush', 'encounter', 'onset', 'onrush', 'burst', 'blast', 'squeeze', 'rack', 'gouge', 'wring', 'commandeer', 'pirate', 'highjack', 'assail', 'agony', 'suffering', 'excruciation', 'attempt', 'flame', 'flaming', 'power play', 'squeeze play', 'brassica napus', 'colza', 'aggress', 'ravish', 'outrage', 'violate', 'dishonor', 'dishonour', 'force', 'wound', 'injure'],
  },
  {
    name: 'raid',
    seeds: ['raid.v.1', 'raid.n.1', 'bust.v.2', 'storm.v.2', 'foray.n.1', 'crackdown.n.1'],
    nouns: true,
    // "Dismantle" is news for breaking up a lab or a cell; WordNet has it only for buildings.
    add: ['bust/n', 'dismantle/v', 'search/v', 'raid/v', 'raid/n'],
    // "Storm" (take by force) derives "violence", which is no raid.
    drop: [...EVERYDAY, 'maraud', 'violence'],
  },
  {
    name: 'seizure',
    seeds: ['seize.v.2', 'seize.v.4', 'confiscate.v.1', 'intercept.v.1', 'seizure.n.2', 'seizure.n.4', 'confiscation.n.1', 'impound.v.1', 'interception.n.1'],
    nouns: true,
    // "Found", "discovered" (drugs, bodies, tunnels) and "haul" are how news reports a seizure; WordNet's "find" is everyday.
    add: ['find/v', 'found/v', 'discover/v', 'discovery/n', 'haul/n', 'stash/n', 'cache/n', 'seize/v', 'seizure/n'],
    drop: [...EVERYDAY, 'attach', 'sequester', 'clutch', 'prehend', 'appropriate', 'conquer', 'assume', 'usurp', 'arrogate', 'take over', 'gaining control', 'capture', 'arrogation'],
  },
  {
    name: 'extradition',
    seeds: ['extradite.v.1', 'deport.v.3', 'extradition.n.1', 'deportation.n.2', 'repatriate.v.1', 'expel.v.1', 'expulsion.n.1'],
    nouns: true,
    // "Deliver" and "exile" share these synsets but news uses them otherwise.
    // "Sent back to" and "handed over to" are how news says a person was returned to a state.
    add: ['deport/v', 'deportation/n', 'hand over/v', 'send back/v'],
    drop: [...EVERYDAY, 'deliver', 'exile', 'expatriate', 'throw out', 'kick out', 'transportation', 'expatriation', 'banishment', 'ejection', 'exclusion', 'riddance'],
  },
  {
    name: 'kidnapping',
    seeds: ['kidnap.v.1', 'kidnapping.n.1', 'abduction.n.1', 'hostage.n.1', 'disappearance.n.1'],
    nouns: true,
    // "Held for ransom" is how news tells a kidnapping; WordNet files ransom as a payment.
    add: ['abduct/v', 'disappeared/v', 'kidnapped/v', 'ransom/n'],
    drop: [...EVERYDAY, 'snatch', 'nobble', 'surety'],
  },
  {
    name: 'meeting',
    seeds: ['meeting.n.1', 'meeting.n.4', 'summit.n.3', 'rendezvous.n.1'],
    // The verb only in the past: "will meet in Monterrey next season" is a plan, not a meeting that happened.
    forms: ['met'],
    drop: [...EVERYDAY, 'gather', 'assemble', 'forgather', 'foregather', 'congress', 'get together', 'coming together', 'group meeting', 'gathering', 'assemblage'],
  },
  {
    name: 'laundering',
    seeds: ['launder.v.2', 'money laundering.n.1', 'deposit.v.2'],
    nouns: true,
    // "Launder" is one synset away from washing clothes; the money sense is what crime news means.
    add: ['launder/v', 'laundering/n', 'wire/v', 'shell company/n', 'front company/n', 'invest/v'],
    drop: [...EVERYDAY, 'bank'],
  },
  {
    name: 'smuggling',
    seeds: ['smuggle.v.1', 'traffic.v.1', 'smuggling.n.1', 'traffic.n.2', 'bootleg.v.1', 'gunrunning.n.1'],
    nouns: true,
    // WordNet has "traffic" (the verb and the illicit trade) but not the news nouns for the trade and its places.
    add: ['trafficking/n', 'trafficker/n', 'smuggler/n', 'drug trafficking/n', 'drug smuggling/n', 'narcotrafficking/n', 'narcotrafficker/n', 'transit point/n', 'smuggling route/n', 'trafficking route/n', 'drug route/n', 'stash house/n', 'drug lab/n', 'meth lab/n', 'laboratory/n', 'lab/n', 'tunnel/n', 'narco-tunnel/n', 'drug shipment/n'],
    drop: [...EVERYDAY, 'black market', 'trade', 'deal', 'dealings', 'transaction'],
  },
  {
    name: 'disaster',
    seeds: ['disaster.n.1', 'catastrophe.n.2', 'earthquake.n.1', 'flood.n.1', 'crash.n.2', 'accident.n.1', 'hurricane.n.1', 'landslide.n.2', 'eruption.n.1', 'epidemic.n.1', 'invasion.n.1', 'protest.n.2', 'demonstration.n.3', 'coup.n.1', 'wildfire.n.1', 'conflagration.n.1', 'election.n.1', 'referendum.n.1'],
    // The verbs that report an event without naming it ("took place", "broke out") and disasters WordNet files elsewhere or lacks ("bushfire", "floodwater").
    // "War" is left out: in crime news it is mostly "the drug war", no event at a place. Elections
    // and referendums are world news's events, held in the places a story names.
    add: ['blaze/n', 'bushfire/n', 'brushfire/n', 'forest fire/n', 'floodwater/n', 'flooding/n', 'cyclone/n', 'typhoon/n', 'tsunami/n', 'drought/n', 'famine/n', 'evacuate/v', 'evacuation/n', 'displace/v', 'occur/v', 'take place/v', 'happen/v', 'unfold/v', 'erupt/v', 'break out/v', 'crash/v', 'explode/v', 'collapse/v', 'landed/v', 'fire/n'],
    drop: [...EVERYDAY, 'happening', 'event', 'failure', 'tragedy', 'takeover', 'manifestation', 'objection', 'dissent', 'outbreak', 'wreck', 'warfare', 'deluge', 'alluvion', 'inundation', 'quake', 'seism', 'temblor', 'putsch'],
  },
  {
    name: 'transport',
    seeds: ['transport.v.1', 'transport.v.2', 'ship.v.1', 'ship.v.5', 'move.v.2', 'fly.v.4', 'ferry.v.1', 'ferry.v.2', 'truck.v.1', 'funnel.v.1', 'import.v.1', 'export.v.1', 'route.v.2', 'transfer.v.2', 'transfer.v.7', 'channel.v.3', 'run.v.25', 'smuggle.v.1', 'traffic.v.1', 'shipment.n.2', 'delivery.n.1', 'importation.n.1', 'exportation.n.1', 'airlift.v.1', 'haul.v.1', 'deliver.v.2', 'send.v.4'],
    nouns: true,
    // Transport verbs news uses of contraband ("ran guns", "moved cocaine", "sent shipments") though each is only one of their senses.
    add: ['run/v', 'move/v', 'send/v', 'carry/v', 'bring/v', 'courier/n', 'mule/n', 'shipping/n', 'shipment/n', 'transport/n', 'push/v', 'pipeline/n'],
    drop: ['get', 'take', 'make', 'do', 'go', 'come', 'have', 'hold', 'give', 'put', 'set', 'turn', 'play', 'pass', 'lead', 'keep', 'see', 'find', 'stop', 'force', 'work', 'cover', 'break', 'land', 'displace', 'hand', 'place', 'lay', 'channelize', 'channelise', 'transmit', 'despatch', 'dispatch', 'transmission', 'transmittal', 'transmitting', 'canalisation', 'canalization', 'channelisation', 'channelization'],
  },
  {
    name: 'travel',
    seeds: ['travel.v.1', 'spread.v.2', 'spread.v.3', 'cross.v.1', 'pass.v.1', 'flee.v.1', 'fly.v.9', 'enter.v.1', 'reach.v.1', 'arrive.v.1', 'head.v.1', 'escape.v.1', 'migrate.v.1', 'crossing.n.1', 'flight.n.2', 'flight.n.4', 'flight.n.9', 'journey.n.1', 'trip.n.1', 'route.n.1', 'transit.n.2'],
    // Participles of movement news puts before a place ("bound for", "headed to"); "spread" and "pass" are the movement of violence and shipments.
    add: ['bound/v', 'destined/v', 'headed/v', 'spread/v', 'pass/v', 'cross/v', 'fly/v', 'flew/v'],
    drop: ['get', 'take', 'make', 'do', 'go', 'come', 'have', 'hold', 'give', 'put', 'set', 'turn', 'play', 'lead', 'keep', 'see', 'find', 'stop', 'force', 'work', 'cover', 'break', 'locomote', 'move', 'track', 'attain', 'gain', 'hit', 'set down', 'get in', 'get into', 'come in', 'go in', 'path', 'itinerary', 'propagate', 'overspread', 'take flight', 'get across', 'get over', 'cut through', 'cut across', 'pass over', 'traverse', 'break loose', 'get away', 'transmigrate', 'journeying', 'go into'],
  },
  {
    name: 'storing',
    seeds: ['store.v.1', 'store.v.2', 'stash.v.1', 'hide.v.1', 'deposit.v.2', 'stockpile.v.1', 'warehouse.v.1', 'storage.n.1', 'warehouse.n.1'],
    // "Kept" and "held" cash or drugs are storage in trafficking news; accounts and safe houses are where it is kept.
    add: ['keep/v', 'hold/v', 'stash/v', 'stash house/n', 'safe house/n', 'account/n', 'bank account/n', 'storage unit/n'],
    drop: ['put in', 'lay in', 'bank', 'cover', 'save', 'lay away', 'put away', 'salt away', 'carry', 'stock', 'conceal', 'hive away', 'hive up', 'squirrel away', 'stack away', 'stash away', 'storage warehouse'],
  },
  {
    name: 'cargo',
    seeds: ['narcotic.n.1+', 'drug of abuse.n.1+', 'controlled substance.n.1', 'cocaine.n.1', 'heroin.n.1', 'marijuana.n.2', 'methamphetamine.n.1', 'opiate.n.1', 'weapon.n.1', 'firearm.n.1+', 'gun.n.1', 'ammunition.n.1', 'explosive.n.1', 'cargo.n.1', 'contraband.n.1', 'migrant.n.1', 'immigrant.n.1', 'refugee.n.1', 'merchandise.n.1'],
    maxRank: 2,
    // Drugs by the names and units crime news gives them; WordNet lacks fentanyl as a common noun and "kilos" as drug amounts; and "people", "women", "children" are what human trafficking moves.
    add: ['drug/n', 'fentanyl/n', 'meth/n', 'precursor/n', 'precursor chemical/n', 'pill/n', 'kilo/n', 'kilogram/n', 'ton/n', 'tonne/n', 'package/n', 'packet/n', 'shipment/n', 'consignment/n', 'load/n', 'rifle/n', 'arms/n', 'weapon/n', 'gun/n', 'people/n', 'victim/n', 'woman/n', 'women/n', 'child/n', 'children/n', 'fuel/n', 'gold/n', 'timber/n', 'wildlife/n', 'cigarette/n', 'contraband/n', 'goods/n', 'product/n', 'merchandise/n'],
    drop: ['speed', 'ice', 'crack', 'grass', 'pot', 'weed', 'smoke', 'snow', 'dope', 'stuff', 'horse', 'h', 'junk', 'skag', 'smack', 'shit', 'coke', 'blow', 'nose candy', 'c', 'joint', 'stick', 'hash', 'tea', 'chalk', 'glass', 'crank', 'trash', 'wares', 'ware', 'line', 'store', 'stock', 'article', 'sale', 'piece', 'arm', 'lading', 'loading', 'payload', 'migrator', 'cocain', 'shabu', 'chicken feed', 'methedrine', 'deoxyephedrine', 'diacetylmorphine', 'cannabis', 'ganja', 'marihuana'],
  },
  {
    name: 'money',
    seeds: ['money.n.1', 'money.n.2', 'money.n.3', 'cash.n.1', 'currency.n.1', 'fund.n.1', 'funds.n.1', 'proceeds.n.1', 'bribe.n.1', 'profit.n.1', 'dollar.n.1', 'peso.n.1', 'euro.n.1'],
    maxRank: 2,
    // Where money is held and how crime news counts it.
    add: ['account/n', 'bank account/n', 'bribe/n', 'kickback/n', 'cryptocurrency/n', 'bitcoin/n', 'proceeds/n', 'profits/n', 'earnings/n', 'payment/n'],
    drop: ['change', 'return', 'issue', 'take', 'takings', 'yield', 'payoff', 'lucre', 'net', 'net income', 'net profit', 'hard cash', 'hard currency', 'monetary fund', 'finances', 'monetary resource', 'cash in hand', 'pecuniary resource', 'uruguayan peso'],
  },
  {
    name: 'prosecution',
    seeds: ['prosecute.v.1', 'prosecute.v.2', 'indict.v.1', 'charge.v.2', 'charge.v.6', 'convict.v.1', 'sentence.v.1', 'try.v.3', 'try.v.5', 'sue.v.1', 'investigate.v.2', 'acquit.v.1', 'arraign.v.1', 'rule.v.2', 'rule.v.4', 'extradite.v.1', 'deport.v.3', 'prosecution.n.1', 'indictment.n.1', 'conviction.n.2', 'trial.n.4', 'investigation.n.2'],
    // "Charged", "tried", "ruled" join by their legal senses only (the seed names them).
    drop: ['accuse', 'file', 'lodge', 'condemn', 'doom', 'judge', 'hear', 'adjudicate', 'look into', 'find', 'deliver', 'exile', 'expatriate', 'decide', 'determine', 'blame', 'process', 'action', 'clear', 'discharge', 'assoil', 'inquire', 'enquire', 'decree', 'judgment of conviction', 'condemnation', 'sentence', 'investigating', 'exonerate', 'exculpate', 'litigate', 'bill of indictment', 'criminal prosecution'],
  },
  {
    name: 'control',
    seeds: ['control.v.1', 'dominate.v.2', 'dominate.v.3', 'rule.v.1', 'occupy.v.5', 'control.n.1', 'dominance.n.2', 'turf.n.2', 'monopolize.v.1'],
    // A cartel's "stronghold" and "bastion" are its seat of power; WordNet files them only as fortifications.
    add: ['stronghold/n', 'bastion/n', 'fiefdom/n', 'hold sway/v', 'dominate/v', 'control/v'],
    drop: ['command', 'master', 'hold', 'reign', 'prevail', 'predominate', 'run', 'direct', 'head', 'lead', 'possess', 'have', 'take', 'manage', 'operate', 'influence', 'power', 'authority', 'reach', 'govern', 'invade', 'ascendance', 'ascendence', 'ascendancy', 'ascendency', 'monopolise'],
  },
  {
    name: 'locale',
    seeds: ['town.n.1', 'town.n.3', 'city.n.1', 'city.n.2', 'village.n.2', 'resort.n.1', 'suburb.n.1', 'neighborhood.n.1', 'neighborhood.n.4', 'district.n.1+', 'province.n.1', 'state.n.1', 'region.n.1', 'region.n.3', 'municipality.n.1', 'island.n.1', 'coast.n.1', 'outskirts.n.1', 'area.n.1', 'county.n.1', 'county.n.2', 'capital.n.3', 'valley.n.1', 'desert.n.1', 'mountain.n.1', 'countryside.n.1', 'slum.n.1', 'borough.n.1', 'quarter.n.2', 'community.n.6', 'port.n.1', 'department.n.2', 'territory.n.1'],
    maxRank: 3,
    // The people and parts of a place stand for it ("residents of", "parts of", "the streets of"); news calls Latin American districts colonias and barrios.
    add: ['resident/n', 'people/n', 'part/n', 'street/n', 'estate/n', 'housing estate/n', 'colonia/n', 'barrio/n', 'favela/n', 'township/n', 'hills/n', 'plains/n', 'mountains/n', 'jungle/n', 'highlands/n', 'border city/n', 'state capital/n', 'free zone/n'],
    drop: ['country', 'land', 'state', 'part', 'section', 'vicinity', 'neck of the woods', 'locality', 'urban center', 'metropolis', 'suburbia', 'edge', 'line', 'zone', 'belt', 'center', 'centre', 'seat', 'ward', 'parish', 'precinct', 'riding', 'canton', 'shire', 'see', 'diocese', 'bishopric', 'archdiocese'],
  },
  {
    name: 'government',
    seeds: ['impose.v.1', 'impose.v.3', 'ban.v.2', 'sanction.v.2', 'enact.v.1', 'announce.v.2', 'deploy.v.1', 'deploy.v.2', 'pledge.v.1', 'approve.v.1', 'legislate.v.1', 'outlaw.v.1', 'veto.v.1', 'ratify.v.1', 'prohibit.v.1', 'decree.v.1', 'tax.v.1', 'embargo.v.1'],
    // The acts news reports of a government that WordNet files under everyday senses: "shut two banks", "froze accounts", "raised tariffs", "placed under control", "promised €105 million", "called for a peaceful vote". (Agreeing and signing are left out: "agreed to share intelligence" is an intention, "signed an agreement on trade" no act on a case.)
    add: ['shut/v', 'freeze/v', 'froze/v', 'raise tariffs/v', 'place/v', 'promise/v', 'call for/v', 'call on/v', 'demand/v', 'recognise/v', 'recognize/v', 'expel/v', 'designate/v', 'blacklist/v', 'offer/v', 'put/v'],
    drop: ['sign', 'enforce', 'constrain', 'inflict', 'bring down', 'visit', 'levy', 'ordain', 'denote', 'plight', 'okay', 'o.k.'],
  },
];

/**
 * The pipeline's nouns, declared once. Every stage in `geo/` takes and returns these;
 * the app in `src/` imports them with `import type`.
 *
 * Offsets (`start`, `end`) are always JavaScript string indices (UTF-16 code units) into
 * the text they name, end exclusive, so `text.slice(start, end)` gives the surface form.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Which of the map's three layers a mention or feature belongs to; `other` is kept off the map. */
export type Layer = 'incident' | 'jurisdiction' | 'territory' | 'other';

/** A half-open range of string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One article as ingested from `data/corpus/`: its text, metadata and where the page furniture is. */
export interface Article {
  /** Stable id: the corpus file name without extension. */
  id: string;
  /** Headline. */
  title: string;
  /** Publication name, or null when neither header nor text gives one. */
  publication: string | null;
  /** Publication date as `YYYY-MM-DD`, or null when the text gives none. */
  date: string | null;
  /** Source address, or null. */
  url: string | null;
  /**
   * The whole file's text after decoding (NFC, `\n` line endings, no BOM, metadata header removed);
   * every offset in the pipeline refers to this.
   */
  text: string;
  /**
   * Page furniture inside `text` that is not the article (reader comments, related-article and
   * see-also lists, donation appeals, photo captions, site banners), sorted, non-overlapping.
   * Places named only there are not places of the article.
   */
  furniture: Array<Span & { kind: FurnitureKind }>;
  /** Path of the source file relative to the corpus folder. */
  source: string;
}

/** What a stretch of page furniture is. */
export type FurnitureKind = 'comments' | 'related' | 'caption' | 'appeal' | 'banner' | 'byline';

/** Kinds of gazetteer entry. */
export type PlaceKind =
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'city'
  | 'airport'
  | 'court'
  | 'district'
  | 'facility'
  | 'region';

/** One gazetteer entry. Areas carry a representative point inside them, not a bbox centre. */
export interface Place {
  /** Stable id: `gn:<geonameid>`, `country:<ISO2>`, `admin1:<CC>.<code>`, `airport:<IATA>`, `court:<code>`, `district:<code>`. */
  id: string;
  /** Preferred English name ("Ciudad Juárez", "Sinaloa", "Los Angeles International Airport"). */
  name: string;
  kind: PlaceKind;
  /** GeoNames-style feature code: PCLI, ADM1, ADM2, PPLC, PPLA, PPL, AIRP, CTHSE, ... */
  featureType: string;
  /** Representative point, degrees WGS84. */
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 country code, "" when none. */
  country: string;
  /** First-level division code as GeoNames gives it ("25" for Sinaloa, "TX" for Texas), "" when none. */
  admin1: string;
  /** Population, 0 when unknown. */
  population: number;
}

/** A place name found in the text, before resolution. */
export interface Candidate extends Span {
  /** The surface form, `text.slice(start, end)`. */
  text: string;
  /** The folded look-up key the gazetteer matched. */
  key: string;
  /** How it was found: exact gazetteer name, demonym, fuzzy (misspelling), pattern. */
  via: 'name' | 'demonym' | 'fuzzy' | 'pattern';
}

/** One resolved place mention: the `geoparse` command's output row element (a public contract). */
export interface Mention extends Span {
  /** The surface form, `text.slice(start, end)`. */
  text: string;
  /** The resolved place's preferred name. */
  name: string;
  lat: number;
  lon: number;
  placeId: string;
  featureType: string;
  layer: Layer;
  /** 0..1, how sure the resolver is of the place. */
  confidence: number;
  /** The words that decided the layer (optional: present when a role rule fired). */
  cue?: string;
  /** For territory mentions: the criminal group named. */
  group?: string;
  /** Where the cue is in the text (string indices, end exclusive), when it is there verbatim. */
  cueStart?: number;
  cueEnd?: number;
  /** 0..1, how sure the role rule is of `layer` (apart from `confidence`, the resolver's). */
  roleConfidence?: number;
  /** Incident kind, or jurisdiction kind (see {@link IncidentKind}, {@link JurisdictionKind}). */
  kind?: IncidentKind | JurisdictionKind;
  /** Criminal groups and agencies named in the sentence (incidents: who acted; canonical names, sorted). */
  actors?: string[];
  /** Incident date as the text gives or implies it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date?: string;
  /** True when `date` does not pin one day or was inferred loosely ("last year", "in October"). */
  dateApprox?: boolean;
  /** The words that gave `date` ("last year"). */
  dateText?: string;
  /** For territory: how the group holds the place. */
  claim?: ClaimKind;
  /** For territory: the period the text gives for the claim ("2015–2017", "since 2010"). */
  period?: string;
  /** Further layers the same words support (a killing in a cartel's stronghold is also its territory). */
  also?: RoleDetail[];
  /** The facility the words around the name make of it ("port of Manzanillo"): see `geo/facilities.ts`. */
  facility?: Facility;
  /** Who checked this mention, when, and what they decided (set by `applyCorrections`, issue 11). */
  verified?: Verification;
  /** What the machine had read before a person corrected it; null for a place the machine missed (set by `applyCorrections`). */
  machine?: MachineReading | null;
}

/** Who checked a mention, when (ISO 8601), and what they decided (the correction's `change`). */
export interface Verification {
  by: string;
  at: string;
  change: string;
}

/** The machine's reading of a mention before a person corrected it. */
export interface MachineReading {
  layer: Layer;
  placeId: string;
  /** The machine's place name. */
  name: string;
  /** 0..1, the resolver's confidence in that place. */
  confidence: number;
}

/** Kinds of facility read from the words around a town's name. */
export type FacilityKind = 'port' | 'border crossing' | 'prison';

/** A facility named after a place: its kind and its words in the text (which include the place's name). */
export interface Facility extends Span {
  kind: FacilityKind;
  /** `text.slice(start, end)`: "port of Manzanillo", "San Ysidro port of entry". */
  text: string;
}

/** What happened at an incident. */
export type IncidentKind = 'arrest' | 'killing' | 'raid' | 'seizure' | 'extradition' | 'smuggling' | 'meeting' | 'other';
/** What a jurisdiction is: a courthouse, a judicial district, a prosecutor's office, a state, a country or a city's government. */
export type JurisdictionKind = 'court' | 'district' | 'prosecutor' | 'state' | 'country' | 'city';
/** How a group holds a place: based in, controls, contests, expands into, or bears its name. */
export type ClaimKind = 'based in' | 'controls' | 'contests' | 'expands into' | 'named after';

/** One role of a mention, with its evidence (the fields {@link Mention} carries for its main role). */
export type RoleDetail = Pick<
  Mention,
  'layer' | 'cue' | 'cueStart' | 'cueEnd' | 'roleConfidence' | 'kind' | 'actors' | 'date' | 'dateApprox' | 'dateText' | 'group' | 'claim' | 'period'
>;

/** A name found but not placed, with why. */
export interface Unresolved extends Span {
  text: string;
  reason: string;
}

/** One `geoparse` output line (a public contract). */
export interface GeoparseResult {
  id: string;
  mentions: Mention[];
  unresolved: Unresolved[];
}

/**
 * One entry of `data/layers/mentions.json`: an article's result after the corrections `build:data`
 * applied, with the article's page furniture (omitted when none), which `articles.json` does not
 * carry and `buildLayers` needs to leave furniture mentions off the map.
 */
export interface ShippedResult extends GeoparseResult {
  furniture?: Article['furniture'];
}

/** The words around a mention, as shown in the excerpt panel. */
export interface Excerpt {
  articleId: string;
  /** Article headline. */
  title: string;
  /** The sentence (or so) around the mention. */
  text: string;
  /** The place name inside `text`. */
  start: number;
  end: number;
  /** The place name in the article's text (string indices), so the span traces back to the source. */
  mentionStart?: number;
  mentionEnd?: number;
  /** Index of the sentence in the article (0-based, from `sentences()`). */
  sentence?: number;
  /** The role this excerpt gives the feature, the words that decided it, and where they are in `text`. */
  role?: Exclude<Layer, 'other'>;
  cue?: string;
  cueStart?: number;
  cueEnd?: number;
  /** 0..1, how sure the role rule is. */
  confidence?: number;
  /** Incident or jurisdiction kind this excerpt gives. */
  kind?: IncidentKind | JurisdictionKind;
  actors?: string[];
  date?: string;
  dateApprox?: boolean;
  claim?: ClaimKind;
  period?: string;
  /** The facility this mention names, its words as in the text ("San Ysidro port of entry"). */
  facility?: { kind: FacilityKind; text: string };
  /** 0..1, how sure the resolver is of the place (`confidence` above is the role's). */
  placeConfidence?: number;
  /** Who checked this mention (omitted when nobody did). */
  verified?: Verification;
  /** The machine's reading before a person corrected it; null for a place a person added (omitted when unchecked). */
  machine?: MachineReading | null;
}

/** Properties of every feature in `data/layers/*.geojson` (a public contract). */
export interface LayerProperties {
  /** Stable string id, unique within its layer. */
  id: string;
  name: string;
  layer: Exclude<Layer, 'other'>;
  placeId: string;
  featureType: string;
  /**
   * How precisely the text places it (ACLED's geo-precision codes): 1 a point place (city, town,
   * airport, court, facility), 2 a district or second-level division, 3 a state (first-level
   * division) or a region that size, 4 a country or larger. A union of areas takes its coarsest part's.
   * `buildLayers` always sets it; optional so layer files written before it still read.
   */
  precision?: 1 | 2 | 3 | 4;
  /** Where the place lies: "Sonora, Mexico"; the country alone for a state; omitted for a country or larger. */
  where?: string;
  /** For territory claims: the criminal group. */
  group?: string;
  /** Incident kind (the most frequent among its excerpts), or what the jurisdiction is. */
  kind?: IncidentKind | JurisdictionKind;
  /** Groups and agencies involved (incidents) or acting (jurisdictions), sorted. */
  actors?: string[];
  /** Incident: the earliest date its excerpts give, and whether it is approximate. */
  date?: string;
  dateApprox?: boolean;
  /** Territory: the claim kind (strongest first: controls, contests, expands into, based in, named after) and all kinds the excerpts give. */
  claim?: ClaimKind;
  claims?: ClaimKind[];
  /** Territory: the period(s) the text gives, joined with "; ". */
  period?: string;
  /** 0..1: the highest role confidence among the excerpts. */
  confidence?: number;
  /** A claim over several areas drawn as their union: the areas' place ids, in order. */
  places?: string[];
  /** A judicial district: its courthouse (drawn as the point of the feature's geometry collection). */
  court?: { id: string; name: string };
  /** Facilities its excerpts name at this place ("port of Manzanillo"), sorted, each once; drawn at the place's point. */
  facilities?: string[];
  /** How many of its excerpts a person checked (omitted when none). */
  verified?: number;
  /** Number of excerpts. */
  count: number;
  excerpts: Excerpt[];
}

export type LayerFeature = Feature<Geometry, LayerProperties>;
export type LayerCollection = FeatureCollection<Geometry, LayerProperties>;

/** A place marked in an article for the reader view: a mention and the layer features it feeds. */
export interface MarkedPlace extends Span {
  placeId: string;
  name: string;
  /** Where the place lies ("Sonora, Mexico"; omitted for a country or larger), as the feature's `where`. */
  where?: string;
  layer: Layer;
  /** `properties.id` of the features this mention is an excerpt of (`<layer>:<id>`). */
  features: string[];
  /** 0..1, how sure the resolver is of the place. */
  confidence?: number;
  /** Who checked this mention (omitted when nobody did). */
  verified?: Verification;
  /** The machine's reading before a person corrected it; null for a place a person added (omitted when unchecked). */
  machine?: MachineReading | null;
}

/** One article as the app reads it (`data/layers/articles.json`): metadata, body and marked places. */
export interface ArticleRecord {
  id: string;
  title: string;
  publication: string | null;
  date: string | null;
  url: string | null;
  text: string;
  places: MarkedPlace[];
}

/**
 * What the recogniser and resolver need of a gazetteer. `geo/gazetteer/gazetteer.ts`'s
 * `Gazetteer` implements it; tests may pass a small in-memory one.
 */
export interface GazetteerIndex {
  get(id: string): Place | undefined;
  /** Places whose name or alternate name folds to `key`. */
  lookup(key: string): readonly Place[];
  /** Places whose demonym folds to `key` ("mexican" → Mexico). */
  lookupDemonym(key: string): readonly Place[];
  /** Places whose code folds to `key` ("tx", "tex" → Texas); codes count only in "City, XX" patterns. */
  lookupCode(key: string): readonly Place[];
  admin1Of(place: Place): Place | undefined;
  countryOf(place: Place): Place | undefined;
  /** Whether some name key starts with `key + ' '` (so a longer name may follow). */
  hasPrefix(key: string): boolean;
  /** Most words in any name. */
  readonly maxNameTokens: number;
  /** Every name key with its places, for building secondary indexes (misspellings). */
  entries(): Iterable<[string, readonly Place[]]>;
}

/**
 * Generated layer sets for `npm run bench:map`: `incidents.geojson`, `jurisdictions.geojson`,
 * `territories.geojson`, `articles.json` and `mentions.json` in the shapes `npm run build:data`
 * writes to `data/layers/` (see `geo/types.ts` `LayerProperties`, `Excerpt`, `ArticleRecord`,
 * `ShippedResult`), of any size and deterministic from a seed.
 *
 * Mostly incident points (90 %) at real towns of Mexico and the United States (GeoNames rows of
 * `data/gazetteer/places.tsv`), jurisdictions (7 %: courts and prosecutors at towns, some state
 * areas) and territory claims (3 %: a group over a state or a town, drawn as a generated polygon
 * around its point, not the real outline). Each feature has 1–3 excerpts; each excerpt is a
 * sentence of a generated article that names the place, with the offsets of the name in the
 * sentence and in the article, so the reader and the panel can follow them. When the towns run
 * out, a place is used again under a new feature id (`…~2`) a little way off its point.
 *
 * @example npx tsx tests/e2e/generateLayers.ts --size 10000 --seed 1 --out /tmp/layers-10k
 *   (then `PLAZA_E2E_LAYERS=/tmp/layers-10k` serves them to the e2e tests)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Geometry, Polygon } from 'geojson';
import type {
  ArticleRecord,
  ClaimKind,
  Excerpt,
  IncidentKind,
  JurisdictionKind,
  LayerCollection,
  LayerFeature,
  MarkedPlace,
  Mention,
  ShippedResult,
} from '../../geo/types.ts';

/** A town or state the generator may name. */
export interface PoolPlace {
  id: string;
  name: string;
  featureType: string;
  lat: number;
  lon: number;
  country: 'MX' | 'US';
  /** The state's name ("Sonora"); for a state, its country's name. */
  where: string;
}

/** The places features are drawn at. */
export interface PlacePool {
  towns: PoolPlace[];
  states: PoolPlace[];
}

/** A generated layer set, one field per file of `data/layers/`. */
export interface GeneratedLayers {
  incidents: LayerCollection;
  jurisdictions: LayerCollection;
  territories: LayerCollection;
  articles: ArticleRecord[];
  mentions: ShippedResult[];
}

const COUNTRY_NAME = { MX: 'Mexico', US: 'United States' } as const;
/** US divisions off the mainland (Alaska, Hawaii, the territories): left out so the spread stays over Mexico and the lower 48. */
const OFF_MAINLAND = new Set(['AK', 'HI', 'PR', 'VI', 'GU', 'AS', 'MP', 'UM']);

/**
 * Reads the Mexican and US towns and states of the shipped gazetteer (`places.tsv`), in file order.
 *
 * @param root the repository's root folder
 */
export function loadPlacePool(root = resolve(import.meta.dirname, '../..')): PlacePool {
  const text = readFileSync(join(root, 'data/gazetteer/places.tsv'), 'utf8');
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const c = line.split('\t');
    if ((c[6] === 'MX' || c[6] === 'US') && (c[2] === 'city' || c[2] === 'admin1')) rows.push(c);
  }
  const stateName = new Map<string, string>();
  for (const c of rows) if (c[2] === 'admin1') stateName.set(`${c[6]}.${c[7]}`, c[1]);
  const towns: PoolPlace[] = [];
  const states: PoolPlace[] = [];
  for (const c of rows) {
    const country = c[6] as 'MX' | 'US';
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const base = { id: c[0], name: c[1], featureType: c[3], lat, lon, country };
    if (c[2] === 'admin1') {
      if (country === 'US' && OFF_MAINLAND.has(c[7])) continue;
      states.push({ ...base, where: COUNTRY_NAME[country] });
    } else {
      const state = stateName.get(`${country}.${c[7]}`);
      if (!state || (country === 'US' && OFF_MAINLAND.has(c[7]))) continue;
      towns.push({ ...base, where: `${state}, ${COUNTRY_NAME[country]}` });
    }
  }
  return { towns, states };
}

/** mulberry32: a small seeded generator of floats in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = [
  'Sinaloa Cartel',
  'Jalisco New Generation Cartel',
  'Gulf Cartel',
  'Los Zetas',
  'Juárez Cartel',
  'Beltrán Leyva Organization',
  'La Familia Michoacana',
  'Knights Templar',
  'Guerreros Unidos',
  'H-2 Cartel',
  'Los Chapitos',
  'La Línea',
];
const AGENCIES = ['DEA', 'FBI', 'ICE', 'CBP', 'ATF', 'Mexican Army', 'Mexican Navy', 'National Guard', 'FGR', 'U.S. Marshals'];
const PUBLICATIONS = ['Borderland Beat', 'Reuters', 'Associated Press', 'El Universal', 'Milenio', 'The New York Times', 'Los Angeles Times', 'NBC News', 'InSight Crime', 'Proceso', 'Riodoce', 'Zeta Tijuana'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Incident kinds, weighted as news about cartels names them. */
const KINDS: IncidentKind[] = ['arrest', 'arrest', 'arrest', 'killing', 'killing', 'killing', 'raid', 'raid', 'seizure', 'seizure', 'extradition', 'smuggling', 'smuggling', 'meeting', 'other'];
const CLAIMS: ClaimKind[] = ['controls', 'controls', 'contests', 'expands into', 'based in'];

/** "the Sinaloa Cartel", but "Los Zetas". */
const theless = (g: string) => (/^(Los|La|Las|El) /.test(g) ? g : `the ${g}`);

/** The words of one excerpt: text before the place's name and after it. */
type Words = [before: string, after: string];

function incidentWords(kind: IncidentKind, g: string, agency: string, n: number, when: string): Words {
  const group = theless(g);
  switch (kind) {
    case 'arrest':
      return [`${agency} agents arrested ${n} suspected members of ${group} in `, ` ${when}, officials said.`];
    case 'killing':
      return [`Gunmen linked to ${group} killed ${n} people in `, ` ${when}, according to the state prosecutor.`];
    case 'raid':
      return [`Soldiers and ${agency} officers raided a safe house of ${group} in `, ` ${when}.`];
    case 'seizure':
      return [`${agency} seized ${n * 40} kilograms of methamphetamine tied to ${group} in `, ` ${when}.`];
    case 'extradition':
      return [`A ${g} commander captured in `, ` was extradited to the United States ${when}.`];
    case 'smuggling':
      return [`Prosecutors say ${group} smuggled cocaine and fentanyl through `, ` ${when}.`];
    case 'meeting':
      return [`Leaders of ${group} met in `, ` ${when} to divide the routes north.`];
    default:
      return [`Residents of `, ` described ${group}'s presence ${when}.`];
  }
}

const round = (x: number, d = 5) => Math.round(x * 10 ** d) / 10 ** d;
const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A closed, counter-clockwise ring of 24 points around a centre, radius `r` degrees give or take. */
function blob(lon: number, lat: number, r: number, rand: () => number): Polygon {
  const ring: number[][] = [];
  for (let i = 0; i < 24; i++) {
    const a = (i / 24) * 2 * Math.PI;
    const k = r * (0.75 + 0.5 * rand());
    ring.push([round(lon + k * Math.cos(a)), round(lat + k * Math.sin(a) * 0.8)]);
  }
  ring.push([...ring[0]]);
  return { type: 'Polygon', coordinates: [ring] };
}

interface Planned {
  layer: 'incident' | 'jurisdiction' | 'territory';
  id: string;
  place: PoolPlace;
  geometry: Geometry;
  kind?: IncidentKind | JurisdictionKind;
  group?: string;
  claim?: ClaimKind;
  excerpts: Excerpt[];
}

interface Sentence {
  before: string;
  name: string;
  after: string;
  feature: Planned;
  excerpt: Excerpt;
  mention: Mention;
}

/**
 * Generates a layer set of `size` features (at least 1), the same for the same size, seed and pool.
 *
 * @example generateLayers(10_000, { seed: 1, pool: loadPlacePool() }).incidents.features.length // 9000
 */
export function generateLayers(size: number, opts: { seed: number; pool: PlacePool }): GeneratedLayers {
  const { pool } = opts;
  if (!pool.towns.length || !pool.states.length) throw new Error('generateLayers: the place pool is empty');
  const rand = rng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const n = Math.max(1, Math.floor(size));
  const nTerritory = Math.round(n * 0.03);
  const nJurisdiction = Math.round(n * 0.07);
  const nIncident = n - nTerritory - nJurisdiction;

  // Articles first: their dates bound the incidents they report.
  const nArticles = Math.max(3, Math.ceil(n / 6));
  const articleDay: number[] = [];
  const base = Date.UTC(2008, 0, 1) / 86_400_000;
  const daySpan = Date.UTC(2025, 11, 31) / 86_400_000 - base;
  for (let a = 0; a < nArticles; a++) articleDay.push(base + Math.floor(rand() * daySpan));
  const articleId = (a: number) => `bench-${pad(a, 6)}`;
  const sentences: Sentence[][] = Array.from({ length: nArticles }, () => []);

  const used = new Map<string, number>();
  /** A feature id unique in its layer; a place used again sits a little way off. */
  const claimId = (baseId: string): { id: string; again: number } => {
    const k = (used.get(baseId) ?? 0) + 1;
    used.set(baseId, k);
    return { id: k === 1 ? baseId : `${baseId}~${k}`, again: k - 1 };
  };
  const jitter = (x: number, again: number) => (again ? x + (rand() - 0.5) * 0.2 : x);

  const planned: Planned[] = [];
  // Towns in a shuffled order (a deterministic Fisher–Yates over indices), so every size spreads
  // over both countries.
  const order = pool.towns.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let next = 0;
  const town = () => pool.towns[order[next++ % order.length]];

  for (let i = 0; i < nIncident; i++) {
    const place = town();
    const { id, again } = claimId(`incident:${place.id}`);
    planned.push({
      layer: 'incident',
      id,
      place,
      kind: pick(KINDS),
      geometry: { type: 'Point', coordinates: [round(jitter(place.lon, again)), round(jitter(place.lat, again))] },
      excerpts: [],
    });
  }
  for (let i = 0; i < nJurisdiction; i++) {
    const area = rand() < 0.3;
    const place = area ? pick(pool.states) : town();
    const { id, again } = claimId(`jurisdiction:${place.id}`);
    const lon = jitter(place.lon, again);
    const lat = jitter(place.lat, again);
    planned.push({
      layer: 'jurisdiction',
      id,
      place,
      kind: area ? 'state' : pick(['court', 'court', 'prosecutor', 'city'] as const),
      geometry: area ? blob(lon, lat, 1.5, rand) : { type: 'Point', coordinates: [round(lon), round(lat)] },
      excerpts: [],
    });
  }
  for (let i = 0; i < nTerritory; i++) {
    const area = rand() < 0.6;
    const place = area ? pick(pool.states) : town();
    const group = pick(GROUPS);
    const { id, again } = claimId(`territory:${slug(group)}:${place.id}`);
    planned.push({
      layer: 'territory',
      id,
      place,
      group,
      claim: pick(CLAIMS),
      geometry: blob(jitter(place.lon, again), jitter(place.lat, again), area ? 1.5 : 0.08, rand),
      excerpts: [],
    });
  }

  // 1–3 excerpts per feature, each a sentence of some article.
  for (const f of planned) {
    const k = 1 + Math.floor(rand() * rand() * 3.5);
    for (let e = 0; e < Math.min(3, k); e++) {
      const a = Math.floor(rand() * nArticles);
      const group = f.group ?? pick(GROUPS);
      const agency = pick(AGENCIES);
      const name = f.place.name;
      let before: string;
      let after: string;
      let date: string | undefined;
      let dateApprox: boolean | undefined;
      let actors: string[];
      const confidence = round(0.5 + rand() * 0.5, 2);
      if (f.layer === 'incident') {
        const day = new Date((articleDay[a] - Math.floor(rand() * 700)) * 86_400_000);
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
        const r = rand();
        let when: string;
        if (r < 0.65) [date, dateApprox, when] = [`${y}-${pad(m + 1)}-${pad(d)}`, false, `on ${MONTHS[m]} ${d}, ${y}`];
        else if (r < 0.85) [date, dateApprox, when] = [`${y}-${pad(m + 1)}`, true, `in ${MONTHS[m]} ${y}`];
        else [date, dateApprox, when] = [`${y}`, true, `in ${y}`];
        [before, after] = incidentWords(f.kind as IncidentKind, group, agency, 2 + Math.floor(rand() * 9), when);
        actors = f.kind === 'other' ? [group] : [agency, group].sort();
      } else if (f.layer === 'jurisdiction') {
        before = f.kind === 'state' ? `The state government of ` : f.kind === 'prosecutor' ? `The prosecutor's office in ` : `A federal judge in `;
        after = ` took up the case against ${theless(group)} and ${agency} witnesses.`;
        actors = [agency];
      } else {
        before = `${theless(group).replace(/^t/, 'T')} ${f.claim === 'based in' ? 'is based in' : f.claim} `;
        after = ` and the highways around it, officials said.`;
        actors = [f.group!];
      }
      const placeText = `${name}, ${f.place.where}`;
      const excerpt: Excerpt = {
        articleId: articleId(a),
        title: '',
        text: `${before}${placeText}${after}`,
        start: before.length,
        end: before.length + name.length,
        role: f.layer,
        confidence,
        ...(f.kind ? { kind: f.kind } : {}),
        actors,
        ...(date ? { date, dateApprox } : {}),
        ...(f.claim ? { claim: f.claim } : {}),
        placeConfidence: round(0.6 + rand() * 0.4, 3),
      };
      const mention: Mention = {
        start: 0,
        end: 0,
        text: name,
        name,
        lat: f.place.lat,
        lon: f.place.lon,
        placeId: f.place.id,
        featureType: f.place.featureType,
        layer: f.layer,
        confidence: excerpt.placeConfidence!,
        roleConfidence: confidence,
        ...(f.kind ? { kind: f.kind } : {}),
        actors,
        ...(date ? { date, dateApprox } : {}),
        ...(f.group ? { group: f.group, claim: f.claim } : {}),
      };
      f.excerpts.push(excerpt);
      sentences[a].push({ before, name: placeText, after, feature: f, excerpt, mention });
    }
  }

  // Articles: a headline, then their sentences; the offsets of each name follow.
  const articles: ArticleRecord[] = [];
  const mentions: ShippedResult[] = [];
  for (let a = 0; a < nArticles; a++) {
    const ss = sentences[a];
    const lead = ss[0]?.feature.place.name ?? pick(pool.towns).name;
    const title = `${ss.length} places in the news: violence and arrests around ${lead}`;
    const publication = PUBLICATIONS[a % PUBLICATIONS.length];
    let text = `${title}\n\n`;
    const places: MarkedPlace[] = [];
    const ms: Mention[] = [];
    ss.forEach((s, i) => {
      if (i > 0) text += i % 4 === 0 ? '\n\n' : ' ';
      const at = text.length + s.before.length;
      text += `${s.before}${s.name}${s.after}`;
      const end = at + s.feature.place.name.length;
      Object.assign(s.excerpt, { title, mentionStart: at, mentionEnd: end, sentence: i });
      places.push({ start: at, end, placeId: s.feature.place.id, name: s.feature.place.name, layer: s.feature.layer, features: [s.feature.id], confidence: s.mention.confidence });
      ms.push({ ...s.mention, start: at, end });
    });
    text += '\n';
    const date = new Date(articleDay[a] * 86_400_000).toISOString().slice(0, 10);
    articles.push({ id: articleId(a), title, publication, date, url: `https://news.example/${articleId(a)}`, text, places });
    mentions.push({ id: articleId(a), mentions: ms, unresolved: [] });
  }

  const collection = (layer: Planned['layer']): LayerCollection => ({
    type: 'FeatureCollection',
    features: planned
      .filter((f) => f.layer === layer && f.excerpts.length)
      .map((f): LayerFeature => {
        const actors = [...new Set(f.excerpts.flatMap((e) => e.actors ?? []))].sort();
        const dated = f.excerpts.filter((e) => e.date).sort((x, y) => (x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : 0));
        return {
          type: 'Feature',
          properties: {
            id: f.id,
            name: f.place.name,
            layer: f.layer,
            placeId: f.place.id,
            featureType: f.place.featureType,
            ...(f.group ? { group: f.group, claim: f.claim, claims: [f.claim!] } : {}),
            ...(f.kind ? { kind: f.kind } : {}),
            actors,
            ...(dated.length ? { date: dated[0].date, dateApprox: dated[0].dateApprox } : {}),
            confidence: Math.max(...f.excerpts.map((e) => e.confidence ?? 0)),
            count: f.excerpts.length,
            excerpts: f.excerpts,
          },
          geometry: f.geometry,
        };
      }),
  });
  return { incidents: collection('incident'), jurisdictions: collection('jurisdiction'), territories: collection('territory'), articles, mentions };
}

/** One feature (or record) per line, as `build:data` writes them. */
function lines(items: readonly unknown[], open: string, close: string): string {
  return `${open}\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n${close}\n`;
}

/** The files of a generated set, by file name (`incidents.geojson`, …), as text. */
export function layerFiles(g: GeneratedLayers): Record<string, string> {
  const fc = (c: LayerCollection) => lines(c.features, '{"type":"FeatureCollection","features":[', ']}');
  return {
    'incidents.geojson': fc(g.incidents),
    'jurisdictions.geojson': fc(g.jurisdictions),
    'territories.geojson': fc(g.territories),
    'articles.json': lines(g.articles, '[', ']'),
    'mentions.json': lines(g.mentions, '[', ']'),
  };
}

/** Writes a generated set into `dir`; returns the paths by file name. */
export function writeLayers(g: GeneratedLayers, dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(layerFiles(g))) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], text);
  }
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  if (!values.out) {
    process.stderr.write('usage: tsx tests/e2e/generateLayers.ts --size N [--seed S] --out DIR\n');
    process.exitCode = 2;
  } else {
    const g = generateLayers(Number(values.size), { seed: Number(values.seed), pool: loadPlacePool() });
    writeLayers(g, values.out);
    process.stdout.write(`${g.incidents.features.length + g.jurisdictions.features.length + g.territories.features.length} features, ${g.articles.length} articles → ${values.out}\n`);
  }
}

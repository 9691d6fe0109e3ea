/**
 * The map's look, as data: palette, basemap style and the three data layers. Components never
 * hold paint numbers; they call these functions.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { LayerCollection, LayerFeature } from '../../geo/types.ts';
import type { Basemap } from './basemap.ts';
import { GROUP_PALETTE, groupColour } from './groupColour.ts';
import { INCIDENT_AREAS, SOURCE_ID, type LayerKey } from './layers.ts';

/** Colours used by the map and mirrored by the legend. */
export const PALETTE = {
  water: '#d4e4ee',
  land: '#f6f4ef',
  countryLine: '#9a958c',
  stateLine: '#bdb8ae',
  label: '#514d46',
  labelHalo: '#ffffff',
  incident: '#c62828',
  incidentStroke: '#ffffff',
  jurisdiction: '#1f5fa8',
  /** The selection: a near-black outline with a white halo, which no group colour resembles. */
  highlight: '#111111',
  /** Places a person checked: a ring around points, a double outline around areas. */
  verified: '#1b5e20',
} as const;

/** Fonts bundled by @fontsource/noto-sans; no `glyphs` key, MapLibre draws text with CSS fonts. */
const FONT_REGULAR = ['Noto Sans'];
const FONT_BOLD = ['Noto Sans Bold', 'Noto Sans'];

/** Style-layer ids per data layer; the toggles switch all of them. */
export const STYLE_LAYERS: Record<LayerKey, string[]> = {
  territory: ['territory-fill', 'territory-line', 'territory-verified'],
  jurisdiction: ['jurisdiction-fill', 'jurisdiction-line', 'jurisdiction-court', 'jurisdiction-verified', 'jurisdiction-court-verified'],
  incident: ['incident-area-fill', 'incident-area-line', 'incident-area-verified', 'incident-cluster', 'incident-cluster-count', 'incident-circle', 'incident-verified', 'incident-label'],
};

/** Points closer than this (pixels) cluster, up to this zoom; from the next zoom on every incident is its own point. */
export const CLUSTER = { radius: 40, maxZoom: 6 } as const;

/** Layers a click or hover can hit, topmost first (points before areas). */
export const INTERACTIVE_LAYERS: { id: string; layer: LayerKey }[] = [
  { id: 'incident-circle', layer: 'incident' },
  { id: 'jurisdiction-court', layer: 'jurisdiction' },
  { id: 'incident-area-fill', layer: 'incident' },
  { id: 'territory-fill', layer: 'territory' },
  { id: 'jurisdiction-fill', layer: 'jurisdiction' },
];

/** The style-layer of incident clusters (a click zooms into the cluster). */
export const CLUSTER_LAYER = 'incident-cluster';

/** Name of the generated hatch image used by jurisdiction areas. */
export const HATCH_IMAGE = 'jurisdiction-hatch';

/** An 8×8 diagonal hatch in the jurisdiction colour, for `fill-pattern` (no sprite server). */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [0x1f, 0x5f, 0xa8];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size === 0 || (x + y) % size === 1;
      const i = (y * size + x) * 4;
      data.set(on ? [r, g, b, 150] : [0, 0, 0, 0], i);
    }
  return { width: size, height: size, data };
}

/** Colour per criminal group (groups sorted by name): each group's own, whatever else the data holds (`groupColour`). */
export function groupColours(territories: LayerCollection): Map<string, string> {
  const groups = [...new Set(territories.features.map((f) => f.properties.group ?? ''))].sort();
  return new Map(groups.map((g) => [g, g ? groupColour(g) : GROUP_PALETTE[0]]));
}

/**
 * Outline offset (pixels, inwards) per group, so claims of different groups over the same area
 * show as nested outlines instead of one line drawn over another.
 */
function groupOffsetExpression(colours: Map<string, string>): ExpressionSpecification | number {
  const pairs = [...colours.keys()].filter((g) => g !== '').flatMap((g, i) => [g, 1 + i * 3]);
  if (pairs.length === 0) return 1;
  return ['match', ['coalesce', ['get', 'group'], ''], ...pairs, 1] as unknown as ExpressionSpecification;
}

function groupColourExpression(colours: Map<string, string>): ExpressionSpecification | string {
  const pairs = [...colours].filter(([g]) => g !== '').flatMap(([g, c]) => [g, c]);
  if (pairs.length === 0) return GROUP_PALETTE[0];
  return ['match', ['coalesce', ['get', 'group'], ''], ...pairs, GROUP_PALETTE[0]] as unknown as ExpressionSpecification;
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const isArea: FilterSpecification = ['any', ['==', ['geometry-type'], 'Polygon'], ['==', ['geometry-type'], 'MultiPolygon']];
/** A feature with an excerpt a person checked (`verified`: how many). */
const isVerified: FilterSpecification = ['>', ['coalesce', ['get', 'verified'], 0], 0];
const isCluster: FilterSpecification = ['has', 'point_count'];
const isSinglePoint = ['all', isPoint, ['!', isCluster]] as FilterSpecification;

/** The double outline of a checked area (a line with a gap: two parallel lines). */
function verifiedOutline(id: string, source: string): LayerSpecification {
  return {
    id,
    type: 'line',
    source,
    filter: ['all', isArea, isVerified] as FilterSpecification,
    paint: { 'line-color': PALETTE.verified, 'line-width': 1.5, 'line-gap-width': 3 },
  };
}

/** The ring around a checked point: a second, larger circle with no fill. */
function verifiedRing(id: string, source: string, radius: number): LayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    filter: ['all', isSinglePoint, isVerified] as FilterSpecification,
    paint: {
      'circle-radius': radius,
      'circle-opacity': 0,
      'circle-stroke-color': PALETTE.verified,
      'circle-stroke-width': 2.5,
    },
  };
}

function basemapSources(b: Basemap): Record<string, SourceSpecification> {
  return {
    countries: { type: 'geojson', data: b.countries },
    'us-states': { type: 'geojson', data: b.usStates },
    'mx-states': { type: 'geojson', data: b.mxStates },
    'basemap-labels': { type: 'geojson', data: b.labels },
  };
}

function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': PALETTE.water } },
    { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': PALETTE.land } },
    {
      id: 'us-state-lines',
      type: 'line',
      source: 'us-states',
      paint: { 'line-color': PALETTE.stateLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: 'mx-state-lines',
      type: 'line',
      source: 'mx-states',
      paint: { 'line-color': PALETTE.stateLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    { id: 'country-lines', type: 'line', source: 'countries', paint: { 'line-color': PALETTE.countryLine, 'line-width': 1 } },
  ];
}

function basemapLabelLayers(): LayerSpecification[] {
  const common = { 'text-color': PALETTE.label, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.2 };
  return [
    {
      id: 'state-labels',
      type: 'symbol',
      source: 'basemap-labels',
      minzoom: 4,
      filter: ['==', ['get', 'kind'], 'state'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'symbol-sort-key': ['-', 0, ['get', 'rank']],
      },
      paint: { ...common, 'text-opacity': 0.85 },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'basemap-labels',
      filter: ['==', ['get', 'kind'], 'country'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 14],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.05,
        'symbol-sort-key': ['-', 0, ['get', 'rank']],
      },
      paint: common,
    },
  ];
}

/** Whether a feature is drawn as a point (a Point, or a district's courthouse). */
const pointLike = (f: LayerFeature) => f.geometry.type === 'Point';

/**
 * Incident points, which cluster, apart from incident areas, which do not (a cluster of a state
 * and a town would put the state at a point again).
 */
export function splitIncidents(fc: LayerCollection): { points: LayerCollection; areas: LayerCollection } {
  const points: LayerFeature[] = [];
  const areas: LayerFeature[] = [];
  for (const f of fc.features) (pointLike(f) ? points : areas).push(f);
  return { points: { type: 'FeatureCollection', features: points }, areas: { type: 'FeatureCollection', features: areas } };
}

/** The data sources: one per generated layer file (incidents split in points and areas), ids promoted from `properties.id`. */
function dataSources(layers: Record<LayerKey, LayerCollection>): Record<string, SourceSpecification> {
  const src = (data: LayerCollection): SourceSpecification => ({ type: 'geojson', data, promoteId: 'id' });
  const incidents = splitIncidents(layers.incident);
  return {
    [SOURCE_ID.territory]: src(layers.territory),
    [SOURCE_ID.jurisdiction]: src(layers.jurisdiction),
    [INCIDENT_AREAS]: src(incidents.areas),
    [SOURCE_ID.incident]: { type: 'geojson', data: incidents.points, promoteId: 'id', cluster: true, clusterRadius: CLUSTER.radius, clusterMaxZoom: CLUSTER.maxZoom },
  };
}

function dataLayers(colours: Map<string, string>): LayerSpecification[] {
  const groupColour = groupColourExpression(colours);
  const groupOffset = groupOffsetExpression(colours);
  // A group named after a place says less than a stated claim, and a claim over a whole country
  // would hide everything under it: both are drawn fainter.
  const claimOpacity: ExpressionSpecification = [
    'case',
    ['==', ['slice', ['get', 'featureType'], 0, 3], 'PCL'], 0.07,
    ['==', ['get', 'claim'], 'named after'], 0.12,
    0.22,
  ];
  // Areas under points; big jurisdiction areas (countries, states) under the territory claims.
  const layers: LayerSpecification[] = [
    {
      id: 'jurisdiction-fill',
      type: 'fill',
      source: SOURCE_ID.jurisdiction,
      filter: isArea,
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', selected, 1, hovered, 0.8, 0.4] as ExpressionSpecification,
      },
    },
    {
      id: 'jurisdiction-line',
      type: 'line',
      source: SOURCE_ID.jurisdiction,
      filter: isArea,
      paint: {
        'line-color': ['case', selected, PALETTE.highlight, PALETTE.jurisdiction] as ExpressionSpecification,
        'line-width': ['case', selected, 3.5, hovered, 3, 1.8] as ExpressionSpecification,
      },
    },
    {
      id: 'territory-fill',
      type: 'fill',
      source: SOURCE_ID.territory,
      filter: isArea,
      paint: {
        'fill-color': groupColour,
        'fill-opacity': ['case', selected, 0.5, hovered, 0.4, claimOpacity] as ExpressionSpecification,
      },
    },
    {
      id: 'territory-line',
      type: 'line',
      source: SOURCE_ID.territory,
      filter: isArea,
      paint: {
        'line-color': ['case', selected, PALETTE.highlight, groupColour] as ExpressionSpecification,
        'line-width': ['case', selected, 3.5, hovered, 2.5, 1.5] as ExpressionSpecification,
        'line-offset': groupOffset,
        'line-dasharray': [4, 2],
      },
    },
    verifiedOutline('territory-verified', SOURCE_ID.territory),
    verifiedOutline('jurisdiction-verified', SOURCE_ID.jurisdiction),
    {
      id: 'jurisdiction-court',
      type: 'circle',
      source: SOURCE_ID.jurisdiction,
      filter: isPoint,
      paint: {
        'circle-radius': ['case', selected, 9, hovered, 8, 6] as ExpressionSpecification,
        'circle-color': '#ffffff',
        'circle-stroke-color': ['case', selected, PALETTE.highlight, PALETTE.jurisdiction] as ExpressionSpecification,
        'circle-stroke-width': 3.5,
      },
    },
    {
      id: 'incident-area-fill',
      type: 'fill',
      source: INCIDENT_AREAS,
      filter: isArea,
      paint: {
        'fill-color': PALETTE.incident,
        'fill-opacity': ['case', selected, 0.3, hovered, 0.22, 0.1] as ExpressionSpecification,
      },
    },
    {
      id: 'incident-area-line',
      type: 'line',
      source: INCIDENT_AREAS,
      filter: isArea,
      paint: {
        'line-color': ['case', selected, PALETTE.highlight, PALETTE.incident] as ExpressionSpecification,
        'line-width': ['case', selected, 3.5, hovered, 2.5, 1.2] as ExpressionSpecification,
        'line-dasharray': [1, 1.5],
      },
    },
    verifiedOutline('incident-area-verified', INCIDENT_AREAS),
    {
      id: 'incident-cluster',
      type: 'circle',
      source: SOURCE_ID.incident,
      filter: isCluster,
      paint: {
        'circle-radius': ['step', ['get', 'point_count'], 11, 10, 14, 100, 18, 1000, 23] as ExpressionSpecification,
        'circle-color': PALETTE.incident,
        'circle-opacity': 0.85,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'incident-cluster-count',
      type: 'symbol',
      source: SOURCE_ID.incident,
      filter: isCluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT_BOLD,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'incident-circle',
      type: 'circle',
      source: SOURCE_ID.incident,
      filter: isSinglePoint,
      paint: {
        'circle-radius': [
          'case', selected, 10, hovered, 9,
          ['interpolate', ['linear'], ['get', 'count'], 1, 6, 10, 9],
        ] as ExpressionSpecification,
        'circle-color': PALETTE.incident,
        'circle-stroke-color': ['case', selected, PALETTE.highlight, PALETTE.incidentStroke] as ExpressionSpecification,
        'circle-stroke-width': ['case', selected, 3.5, 1.5] as ExpressionSpecification,
      },
    },
    verifiedRing('jurisdiction-court-verified', SOURCE_ID.jurisdiction, 11),
    verifiedRing('incident-verified', SOURCE_ID.incident, 12),
    {
      id: 'incident-label',
      type: 'symbol',
      source: SOURCE_ID.incident,
      minzoom: 6,
      filter: isSinglePoint,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': PALETTE.incident, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
  return layers;
}

/** The whole style: basemap, data layers, then basemap labels on top. No `glyphs`, no sprite, no URLs. */
export function buildStyle(basemap: Basemap, layers: Record<LayerKey, LayerCollection>): StyleSpecification {
  return {
    version: 8,
    sources: { ...basemapSources(basemap), ...dataSources(layers) },
    layers: [...basemapLayers(), ...dataLayers(groupColours(layers.territory)), ...basemapLabelLayers()].map(withoutFillOutline),
  };
}

/**
 * Fills without MapLibre's antialiasing outline pass: every area has its own line layer, and on
 * software WebGL the extra pass (and its shader) costs the first idle a few hundred milliseconds.
 */
function withoutFillOutline(l: LayerSpecification): LayerSpecification {
  return l.type === 'fill' ? { ...l, paint: { 'fill-antialias': false, ...l.paint } } : l;
}

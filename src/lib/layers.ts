import type { Layer } from '../../geo/types.ts';

/** The three map layers the app draws (`other` never reaches the map). */
export type LayerKey = Exclude<Layer, 'other'>;

/** Display order of the layers (lists, legend, toggles). */
export const LAYER_KEYS: readonly LayerKey[] = ['incident', 'jurisdiction', 'territory'];

/** Human names: the toggle labels must read exactly these. */
export const LAYER_LABEL: Record<LayerKey, string> = {
  incident: 'Incidents',
  jurisdiction: 'Jurisdictions',
  territory: 'Territory claims',
};

/** Singular, for announcements and the excerpt panel. */
export const LAYER_NOUN: Record<LayerKey, string> = {
  incident: 'incident',
  jurisdiction: 'jurisdiction',
  territory: 'territory claim',
};

/** MapLibre source id per layer (one source per generated file). */
export const SOURCE_ID: Record<LayerKey, string> = {
  incident: 'incidents',
  jurisdiction: 'jurisdictions',
  territory: 'territories',
};

/**
 * Incidents drawn as an area (a state or country named as the place of an incident: not a point
 * in its middle) have a source of their own, since the points' source clusters.
 */
export const INCIDENT_AREAS = 'incident-areas';

/** A feature reference: its layer and its `properties.id`. */
export interface FeatureRef {
  layer: LayerKey;
  id: string;
}

/** `incident:airport:LAX`: the key `MarkedPlace.features` uses. */
export const refKey = (r: FeatureRef) => `${r.layer}:${r.id}`;

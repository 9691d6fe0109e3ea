/** Layers: geoparsed articles → incidents, jurisdictions, territories and article records. */
export { buildLayers, featureId, type AreaLookup, type BuildLayersOptions, type Layers, type PlaceLookup } from './buildLayers.ts';
export { districtLocator, type DistrictLocator } from './districtLocator.ts';
export { jurisdictionUnit } from './jurisdictionUnit.ts';
export { summarize, CLAIM_ORDER } from './summarize.ts';
export { stringifyArticles, stringifyLayer, stringifyMentions } from './serialize.ts';
export { assertFiniteGeometry, circleAround, pointGeometry, roundGeometry } from './geometry.ts';

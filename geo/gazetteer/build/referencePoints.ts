/**
 * Country points that the country sources place somewhere other than where gazetteers of
 * news place them. Hand-kept and deliberately tiny: each row names its public source and why
 * the source point is wrong for a map of news. world-countries carries the CIA World Factbook's
 * "geographic coordinates", which for most countries are the point GeoNames uses too.
 */

/** A country's reference point: ISO alpha-2 → point and reason. */
export interface ReferencePoint {
  lat: number;
  lon: number;
  why: string;
}

export const REFERENCE_POINTS: Readonly<Record<string, ReferencePoint>> = {
  US: {
    lat: 39.8283,
    lon: -98.5795,
    why:
      'Geographic center of the conterminous United States (US Coast and Geodetic Survey, 1918; ' +
      'marker near Lebanon, Kansas), the point GeoNames and most geoparsers give the country. ' +
      'The Factbook point (38 N, 97 W) lies 235 km to the south-east.',
  },
};

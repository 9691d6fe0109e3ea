/**
 * How precisely a mention places what it says, in ACLED's geo-precision codes, from the place's
 * feature code (or, when the gazetteer has no code, its id's prefix).
 */

/** 1 = a point place, 2 = a district or second-level division, 3 = a state or a region, 4 = a country or larger. */
export type Precision = 1 | 2 | 3 | 4;

/** Countries, continents, oceans and seas: code 4. */
const COUNTRY_OR_LARGER = /^(?:PCL\w*|CONT|OCN|SEA|TERR)$/;
/** First-level divisions and regions of about that size (a range, a desert, a river basin): code 3. */
const STATE_OR_REGION = /^(?:ADM1\w*|RGN\w*|MTS|DSRT|PEN|GULF|STM\w*)$/;
/** Second- and lower-level divisions, judicial districts, bays and straits: code 2. */
const DISTRICT = /^(?:ADM[2-5]\w*|ADMD|BAY|STRT)$/;

/**
 * The precision code of a place: 1 for a city, town, airport, court or facility (and a point a
 * reader placed), 2 for a county, municipality or judicial district, 3 for a state or a
 * first-level division (or a region that size), 4 for a country or anything larger.
 *
 * @param featureType GeoNames-style feature code ("PPLA", "ADM1", "PCLI", "AIRP")
 * @param placeId the place id, read when the code says nothing ("country:MX", "district:txsd")
 * @example precisionOf('ADM1', 'admin1:MX.25') // 3
 * @example precisionOf('PPL', 'gn:3996322') // 1
 */
export function precisionOf(featureType: string, placeId: string): Precision {
  if (COUNTRY_OR_LARGER.test(featureType)) return 4;
  if (STATE_OR_REGION.test(featureType)) return 3;
  if (DISTRICT.test(featureType)) return 2;
  if (featureType) return 1;
  if (placeId.startsWith('country:')) return 4;
  if (placeId.startsWith('admin1:')) return 3;
  if (/^(?:admin2|district):/.test(placeId)) return 2;
  return 1;
}

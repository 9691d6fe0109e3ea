/**
 * Word lists of the benchmark's news-like text (not places): filler, capitalised words that are
 * not places (agencies, weekdays, titles), and person names. Fixed here, not read from the
 * lexicon, so a seed gives the same corpus whatever the lexicon becomes.
 */

/** Lower-case filler, the bulk of every sentence. */
export const FILLER: readonly string[] = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have an they which one ' +
  'you were her all she there would their we him been has when who will more no if out so said what up its about ' +
  'into than them can only other new some could time these two may then do first any my now such like our over man ' +
  'me even most made after also did many before must through back years where much your way well down should ' +
  'because each just those people how too little state good very make world still own see men work long get here ' +
  'between both life being under never day same another know while last might us great old year off come since ' +
  'against go came right used take three police officials arrested charged federal court trial prosecutors ' +
  'authorities cartel drug smuggling border investigation suspects weapons cocaine fentanyl seized shipment ' +
  'extradited sentenced prison judge lawyer government minister security forces violence killed attack group ' +
  'leader members operation agents raid warehouse highway town region city village network money laundering'
).split(' ');

/** Capitalised words that are not places: institutions, titles, weekdays, months, acronyms. */
export const NON_PLACES: readonly string[] = (
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January March June October December ' +
  'Police Army Navy Ministry Congress Senate Justice Department Treasury Reuters Associated Press ' +
  'Prosecutors Judge Court Attorney General President Governor Mayor Commander Federal Bureau Agency ' +
  'DEA FBI ICE CBP UN NATO Interpol Europol The A This That But However Officials Authorities Sources'
).split(' ');

/** Given names of the people in the news. */
export const FIRST_NAMES: readonly string[] = (
  'Joaquín Ismael Rafael Ovidio Salvador Genaro Ana María José Luis Juan Carlos Miguel Angel Rosa Elena Daniel ' +
  'Michael David James Robert Sarah Laura Andrés Héctor Ricardo Fernando Alejandra Gabriela Jorge Pedro Sofía'
).split(' ');

/** Family names of the people in the news (some are also place names, on purpose). */
export const SURNAMES: readonly string[] = (
  'Guzmán Zambada Caro Quintero Cienfuegos García Luna López Hernández Martínez González Rodríguez Pérez ' +
  'Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Ortiz Smith Johnson Brown Miller Davis Wilson ' +
  'Beltrán Leyva Carrillo Fuentes Salazar Mendoza Castillo Vargas Navarro Herrera Medina Aguilar Austin Houston'
).split(' ');

/** Titles before a person's name. */
export const TITLES: readonly string[] = ['Gen.', 'Mr.', 'Ms.', 'Sen.', 'Gov.', 'Judge', 'Officer', 'Dr.', 'President', 'Mayor'];

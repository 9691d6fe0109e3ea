/**
 * Names of peoples, faiths and ethnic groups that no country bears ("Arab", "Kurdish", "Hispanic",
 * "Pashtun"). Countries' demonyms come from the gazetteer; these do not, so a town that happens
 * to bear one (Arab, Alabama; Christian, a county seat's name) would be read wherever the
 * adjective is used. Lower case; each is an English proper adjective or noun for a people.
 */
export const PEOPLES: ReadonlySet<string> = new Set([
  'arab', 'arabs', 'kurd', 'kurds', 'kurdish', 'berber', 'berbers', 'bedouin', 'bedouins', 'pashtun', 'pashtuns', 'baloch', 'baluch',
  'tamil', 'tamils', 'uyghur', 'uyghurs', 'uighur', 'uighurs', 'tatar', 'tatars', 'hispanic', 'hispanics', 'latino', 'latinos', 'latina',
  'latinas', 'slavic', 'slav', 'slavs', 'celtic', 'anglo', 'jewish', 'jew', 'jews', 'muslim', 'muslims', 'christian', 'christians',
  'catholic', 'catholics', 'protestant', 'protestants', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', 'sunni', 'sunnis',
  'shia', 'shiite', 'shiites', 'alawite', 'alawites', 'druze', 'yazidi', 'yazidis', 'rohingya', 'hmong', 'zulu', 'zulus', 'xhosa',
  'hutu', 'hutus', 'tutsi', 'tutsis', 'yoruba', 'igbo', 'hausa', 'fulani', 'maasai', 'masai', 'maori', 'aboriginal', 'aborigines',
  'inuit', 'romani', 'sami', 'creole', 'cajun', 'cajuns', 'amish', 'mennonite', 'mennonites', 'mormon', 'mormons', 'aztec', 'aztecs',
  'mayan', 'mayans', 'inca', 'incas', 'zapotec', 'mixtec', 'tarahumara',
  'wayuu', 'quechua', 'aymara', 'mapuche', 'afrikaner', 'afrikaners', 'boer', 'boers', 'cossack', 'cossacks', 'chechen', 'chechens',
]);

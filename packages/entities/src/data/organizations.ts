/**
 * Organisations that their name's structure does not reveal, and that compromise's lexicon lacks: news agencies and
 * outlets, and government metonyms. Hand-listed from the world's largest news agencies and outlets (Wikipedia,
 * "News agency" and "List of newspapers"), plus institutions named by one word. Case-insensitive.
 */
export const KNOWN_ORGS: readonly string[] = [
  'White House', 'Kremlin', 'Pentagon', 'Fed', 'Downing Street', 'Elysee', 'Élysée', 'Vatican', 'Congress', 'Senate',
  'Parliament', 'Knesset', 'Bundestag', 'Duma', 'Politburo', 'Supreme Court', 'Interpol', 'Europol', 'Hamas',
  'Hezbollah', 'Taliban', 'al-Qaeda', 'Al Qaeda', 'ISIS', 'Islamic State', 'Boko Haram',
  'Reuters', 'Associated Press', 'Agence France-Presse', 'Bloomberg', 'Xinhua', 'Kyodo', 'Yonhap',
  'Tass', 'TASS', 'Interfax', 'RIA Novosti', 'EFE', 'ANSA', 'dpa', 'UPI', 'Al Jazeera', 'BBC', 'CNN', 'NPR', 'PBS',
  'CBS', 'NBC', 'ABC', 'Fox News', 'MSNBC', 'Politico', 'Axios', 'BuzzFeed', 'HuffPost',
  'Breitbart', 'Newsweek', 'Forbes', 'Wikipedia',
  'WikiLeaks', 'Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'WhatsApp', 'Google', 'Microsoft',
  'Tesla', 'Netflix', 'Uber', 'Reddit', 'LinkedIn', 'Spotify',
  'Milenio', 'Excélsior', 'La Jornada', 'El Universal', 'El País', 'El Mundo', 'Le Monde',
  'Der Spiegel', 'Haaretz', 'Pravda', 'Izvestia', 'Kommersant', 'Asahi', 'Yomiuri', 'Nikkei', 'NHK',
];

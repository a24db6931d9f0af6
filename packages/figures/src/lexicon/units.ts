/**
 * Units that follow or precede a number. Sources: ISO 4217 codes and the currency names and symbols
 * English-language news uses for them; SI and US customary unit names and their common abbreviations;
 * the percent spellings of AP and Guardian style ("percent", "per cent", "%", "pct").
 * Keys are lower-case word sequences as the tokenizer splits them.
 */

export type UnitKind = 'currency' | 'percent' | 'time' | 'measure' | 'times';

export interface UnitEntry {
  /** The normalised unit: an ISO 4217 code, `percent`, a singular time unit, or a measure symbol. */
  unit: string;
  kind: UnitKind;
  /** What one of these is worth in `unit` ("cents" are 0.01 USD). */
  factor?: number;
}

const currency = (unit: string, factor?: number): UnitEntry => (factor === undefined ? { unit, kind: 'currency' } : { unit, kind: 'currency', factor });
const time = (unit: string): UnitEntry => ({ unit, kind: 'time' });
const measure = (unit: string): UnitEntry => ({ unit, kind: 'measure' });

/** Symbols and codes written before the number ("$212 million", "US$ 5", "€20", "USD 40"). */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  $: 'USD', us$: 'USD', usd: 'USD', 'u.s.$': 'USD',
  c$: 'CAD', ca$: 'CAD', cad: 'CAD', a$: 'AUD', au$: 'AUD', aud: 'AUD', nz$: 'NZD', hk$: 'HKD', s$: 'SGD',
  mx$: 'MXN', sg$: 'SGD', mxn: 'MXN', r$: 'BRL', brl: 'BRL',
  '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY', jpy: 'JPY', cny: 'CNY', rmb: 'CNY',
  '₹': 'INR', inr: 'INR', rs: 'INR', 'rs.': 'INR', '₽': 'RUB', rub: 'RUB', '₩': 'KRW', krw: 'KRW', '₺': 'TRY',
  '₴': 'UAH', '₱': 'PHP', '₦': 'NGN', '₪': 'ILS', chf: 'CHF', zar: 'ZAR',
};

/**
 * Words after the number. "pounds" alone is a weight: British money in news copy is written "£",
 * and "200 pounds of cocaine" is far more common than "200 pounds" meaning sterling.
 */
export const UNIT_WORDS: Readonly<Record<string, UnitEntry>> = {
  // currencies
  dollar: currency('USD'), dollars: currency('USD'), usd: currency('USD'), 'us dollars': currency('USD'),
  'u.s. dollars': currency('USD'), 'american dollars': currency('USD'),
  'canadian dollars': currency('CAD'), 'australian dollars': currency('AUD'), 'hong kong dollars': currency('HKD'),
  'new zealand dollars': currency('NZD'), 'singapore dollars': currency('SGD'), 'taiwan dollars': currency('TWD'),
  euro: currency('EUR'), euros: currency('EUR'), eur: currency('EUR'),
  sterling: currency('GBP'), 'pounds sterling': currency('GBP'), 'british pounds': currency('GBP'), gbp: currency('GBP'),
  peso: currency('MXN'), pesos: currency('MXN'), 'mexican pesos': currency('MXN'), mxn: currency('MXN'),
  'argentine pesos': currency('ARS'), 'colombian pesos': currency('COP'), 'chilean pesos': currency('CLP'),
  'philippine pesos': currency('PHP'), 'cuban pesos': currency('CUP'),
  yen: currency('JPY'), yuan: currency('CNY'), renminbi: currency('CNY'), rmb: currency('CNY'),
  rupee: currency('INR'), rupees: currency('INR'), 'indian rupees': currency('INR'), 'pakistani rupees': currency('PKR'),
  ruble: currency('RUB'), rubles: currency('RUB'), rouble: currency('RUB'), roubles: currency('RUB'),
  franc: currency('CHF'), francs: currency('CHF'), 'swiss francs': currency('CHF'), won: currency('KRW'),
  real: currency('BRL'), reais: currency('BRL'), rand: currency('ZAR'), lira: currency('TRY'), liras: currency('TRY'),
  shekel: currency('ILS'), shekels: currency('ILS'), dirham: currency('AED'), dirhams: currency('AED'),
  riyal: currency('SAR'), riyals: currency('SAR'), naira: currency('NGN'), hryvnia: currency('UAH'),
  hryvnias: currency('UAH'), zloty: currency('PLN'), zlotys: currency('PLN'), bolivars: currency('VES'),
  quetzales: currency('GTQ'), lempiras: currency('HNL'), lei: currency('RON'), leu: currency('RON'),
  forint: currency('HUF'), forints: currency('HUF'), koruna: currency('CZK'), kronor: currency('SEK'), kroner: currency('NOK'),
  cent: currency('USD', 0.01), cents: currency('USD', 0.01), penny: currency('GBP', 0.01), pence: currency('GBP', 0.01),
  p: currency('GBP', 0.01),
  // percent
  '%': { unit: 'percent', kind: 'percent' }, percent: { unit: 'percent', kind: 'percent' },
  'per cent': { unit: 'percent', kind: 'percent' }, pct: { unit: 'percent', kind: 'percent' },
  'percentage point': { unit: 'percentage point', kind: 'percent' },
  'percentage points': { unit: 'percentage point', kind: 'percent' },
  'basis point': { unit: 'basis point', kind: 'percent' }, 'basis points': { unit: 'basis point', kind: 'percent' },
  // multipliers
  times: { unit: 'times', kind: 'times' }, fold: { unit: 'times', kind: 'times' },
  // time
  second: time('second'), seconds: time('second'), sec: time('second'), secs: time('second'),
  minute: time('minute'), minutes: time('minute'), min: time('minute'), mins: time('minute'),
  hour: time('hour'), hours: time('hour'), hr: time('hour'), hrs: time('hour'),
  day: time('day'), days: time('day'), week: time('week'), weeks: time('week'),
  fortnight: time('fortnight'), fortnights: time('fortnight'), month: time('month'), months: time('month'),
  year: time('year'), years: time('year'), yr: time('year'), yrs: time('year'),
  decade: time('decade'), decades: time('decade'), century: time('century'), centuries: time('century'),
  millennium: time('millennium'), millennia: time('millennium'),
  // length, area, volume, mass, speed, energy, temperature
  km: measure('km'), kms: measure('km'), kilometre: measure('km'), kilometres: measure('km'),
  kilometer: measure('km'), kilometers: measure('km'),
  mile: measure('mile'), miles: measure('mile'), mi: measure('mile'),
  metre: measure('m'), metres: measure('m'), meter: measure('m'), meters: measure('m'),
  cm: measure('cm'), centimetres: measure('cm'), centimeters: measure('cm'),
  mm: measure('mm'), millimetres: measure('mm'), millimeters: measure('mm'),
  ft: measure('ft'), foot: measure('ft'), feet: measure('ft'), inch: measure('inch'), inches: measure('inch'),
  yard: measure('yard'), yards: measure('yard'),
  'square kilometres': measure('km2'), 'square kilometers': measure('km2'), 'sq km': measure('km2'), km2: measure('km2'),
  'km²': measure('km2'), 'square miles': measure('mi2'), 'sq mi': measure('mi2'),
  'square metres': measure('m2'), 'square meters': measure('m2'), m2: measure('m2'), 'm²': measure('m2'),
  'square feet': measure('ft2'), 'sq ft': measure('ft2'), 'square foot': measure('ft2'), 'square meter': measure('m2'),
  'square metre': measure('m2'), 'square kilometer': measure('km2'), 'square kilometre': measure('km2'), 'square mile': measure('mi2'),
  'cubic meter': measure('m3'), 'cubic metre': measure('m3'),
  'cubic kilometre': measure('km3'), 'cubic kilometres': measure('km3'), 'cubic kilometer': measure('km3'), 'cubic kilometers': measure('km3'),
  acre: measure('acre'), acres: measure('acre'), hectare: measure('ha'), hectares: measure('ha'), ha: measure('ha'),
  kg: measure('kg'), kgs: measure('kg'), kilo: measure('kg'), kilos: measure('kg'), kilogram: measure('kg'),
  kilograms: measure('kg'), gram: measure('g'), grams: measure('g'), g: measure('g'), mg: measure('mg'),
  milligrams: measure('mg'), pound: measure('lb'), pounds: measure('lb'), lb: measure('lb'), lbs: measure('lb'),
  ounce: measure('oz'), ounces: measure('oz'), oz: measure('oz'),
  tonne: measure('t'), tonnes: measure('t'), ton: measure('t'), tons: measure('t'), 'metric tons': measure('t'),
  l: measure('l'), t: measure('t'), litre: measure('l'), litres: measure('l'), liter: measure('l'), liters: measure('l'),
  gallon: measure('gal'), gallons: measure('gal'), barrel: measure('barrel'), barrels: measure('barrel'),
  bpd: measure('barrel/day'), 'cubic metres': measure('m3'), 'cubic meters': measure('m3'),
  mph: measure('mph'), 'km/h': measure('km/h'), kph: measure('km/h'), knots: measure('knot'),
  mw: measure('MW'), megawatts: measure('MW'), gw: measure('GW'), gigawatts: measure('GW'), kwh: measure('kWh'),
  degree: measure('degree'), degrees: measure('degree'), '°c': measure('°C'), '°f': measure('°F'),
  celsius: measure('°C'), fahrenheit: measure('°F'),
  // "0.8 degrees Celsius": the scale name completes the unit.
  'degrees celsius': measure('°C'), 'degree celsius': measure('°C'), 'degrees fahrenheit': measure('°F'), 'degree fahrenheit': measure('°F'),
  'degrees centigrade': measure('°C'),
};

/** Longest unit phrase, in words, so the reader knows how far to look. */
export const LONGEST_UNIT = Math.max(...Object.keys(UNIT_WORDS).map((k) => k.split(' ').length));

/** Words after a money or unit amount that make it a rate: "$800 a year", "5 km per hour". */
export const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);
/**
 * Nouns other than time units that money and measures are quoted per: "$95 million a season",
 * "5,000 reais per family", "$4 a gallon". Common rate denominators of business and public-finance copy.
 */
export const RATE_NOUNS: ReadonlySet<string> = new Set([
  'season', 'game', 'match', 'share', 'head', 'person', 'household', 'family', 'student', 'patient', 'tonne', 'ton',
  'barrel', 'gallon', 'litre', 'liter', 'night', 'ticket', 'unit', 'pupil', 'worker', 'employee', 'visit', 'vehicle',
]);

/** Single-letter or ambiguous unit words only read as units when glued to the number ("5g", "50p"). */
export const GLUED_ONLY_UNITS: ReadonlySet<string> = new Set(['g', 'p', 'b', 'k', 'm', 'mi', 'real', 'won', 'rand', 'ha', 'l', 't']);

/** After "3.5m", these words make the "m" metres rather than millions ("a 3.5m wall" is rare next to "3.5m people"). */
export const METRE_CONTEXT: ReadonlySet<string> = new Set(['tall', 'long', 'high', 'wide', 'deep', 'thick', 'away', 'above', 'below', 'high-']);

/**
 * A rough reading of a number expression that a reviewer added by hand ("over 166,000",
 * "$2 billion", "55%"), so the gold entry starts with a value to check. The figures stage does the
 * real parsing; this only pre-fills what a reviewer did not type. Unreadable text gives value null.
 */
export interface RoughAmount {
  value: number | null;
  unit: string | null;
  qualifier: string | null;
}

// Hedges as corpus/gold/README.md normalises them, longest first so "well over" wins over "over".
const QUALIFIERS = ['well over', 'more than', 'as many as', 'at least', 'less than', 'fewer than', 'up to', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'perhaps', 'over', 'tens of', 'hundreds of'];

const WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, half: 0.5,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 1e2, dozen: 12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, tens: 10, hundreds: 100, thousands: 1000 };
const UNITS: ReadonlyArray<[RegExp, string]> = [
  [/\$|\bUSD\b|\bdollars?\b/iu, 'USD'],
  [/€|\bEUR\b|\beuros?\b/iu, 'EUR'],
  [/%|\bper ?cent\b/iu, 'percent'],
  [/\byears?\b/iu, 'year'],
  [/\bmonths?\b/iu, 'month'],
  [/\bweeks?\b/iu, 'week'],
  [/\bdays?\b/iu, 'day'],
  [/\bhours?\b/iu, 'hour'],
  [/\btimes\b/iu, 'times'],
];

export function parseRoughAmount(text: string): RoughAmount {
  const lower = text.toLowerCase().replace(/\s+/gu, ' ').trim();
  const qualifier = QUALIFIERS.find((q) => lower === q || lower.startsWith(q + ' ')) ?? null;
  const unit = UNITS.find(([re]) => re.test(text))?.[1] ?? null;
  let value: number | null = null;
  const digits = /(\d[\d,]*(?:\.\d+)?)/u.exec(lower);
  if (digits) value = Number(digits[1]!.replace(/,/gu, ''));
  let scaled = false;
  for (const w of lower.split(/[^a-z]+/u)) {
    if (value === null && w in WORDS) value = WORDS[w]!;
    else if (value !== null && w in SCALES && !scaled) {
      value *= SCALES[w]!;
      scaled = true;
    }
  }
  if (value === null && (qualifier === 'tens of' || qualifier === 'hundreds of')) {
    // "tens of thousands" → 10000, the lower bound, as the gold README normalises it.
    const scale = SCALES[lower.slice(qualifier.length + 1).split(' ')[0]!];
    if (scale) value = (qualifier === 'tens of' ? 10 : 100) * scale;
  }
  return { value: value !== null && Number.isFinite(value) ? value : null, unit, qualifier };
}

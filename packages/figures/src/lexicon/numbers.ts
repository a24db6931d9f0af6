/**
 * English number vocabulary. Source: standard English cardinal, fraction and scale words
 * (CMOS 9.1–9.7 forms), plus the newsroom abbreviations of scale seen in wire copy ("$2bn", "3.5m", "5k").
 */

/** Cardinal words below one hundred that stand alone or follow a tens word ("forty-three"). */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

export const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what is before them. "hundred" only scales the group it closes. */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Wire and UK press abbreviations: "$2bn", "3.5m", "£1.2tn", "5k".
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, b: 1e9, bln: 1e9, tn: 1e12, tr: 1e12,
  // South Asian scales ("5 lakh", "2 crore").
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** A dozen is a count word of its own ("a dozen", "two dozen"). */
export const DOZEN = 'dozen';

/** "a couple of points": two. */
export const COUPLE = 'couple';

/**
 * Plural scale words used as vague quantities: "tens of thousands" reads as its lower bound (10,000)
 * with qualifier "tens of" (gold convention, corpus/gold/README.md).
 */
export const VAGUE: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

/** Denominator words: "half", "a third", "two-thirds", "three quarters". */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, hundredth: 100, hundredths: 100,
};

/** Unicode vulgar fractions. */
export const VULGAR: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

/** Denominators accepted in "n/d" numerals, so "9/11" and "24/7" are never read as fractions. */
export const NUMERAL_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 8, 10, 16, 100]);

/** Multiplier words: "twice as many" is 2 "times". */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = { twice: 2, thrice: 3 };

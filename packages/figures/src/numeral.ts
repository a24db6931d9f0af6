import { NUMERAL_DENOMINATORS, SCALES, VULGAR } from './lexicon/numbers.js';

/** Rounds away binary noise: 1.2 * 1e9 must be 1200000000. */
export function mul(a: number, b: number): number {
  return Number((a * b).toPrecision(15));
}

/** What one numeral token says: a number, or a range written in one token ("5,000-6,000"). */
export interface Numeral {
  value: number;
  min?: number;
  max?: number;
  /** A scale letter was glued to it ("2bn", "3.5m", "5k"). */
  scaled: boolean;
  /** The glued scale's factor. */
  scale?: number;
  /** Digits only, no separator, decimal or scale ("2013"): the shape of a year, a page or an id. */
  plain: boolean;
  /** A numeral fraction ("1/2", "¾"). */
  fraction: boolean;
}

// "80,500", "1,234.56", "1.5", ".5"
const ENGLISH = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;
// "1.234.567", "1.234,5": dots can only be thousands separators here.
const EUROPEAN = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}(?:\.\d{3})+,\d+$/;
// "1,5", "12,75": a comma before one or two digits is a decimal comma (a thousands group has three).
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;
// "12,34,567": Indian lakh grouping.
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}$/;
const FRACTION = /^(\d+)\/(\d+)$/;
const SCALE_SUFFIX = /^(.*\d)(k|m|mn|bn|b|tn)$/;
const VULGAR_SUFFIX = /^(\d*)([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])$/;
// "555-1234" and "555-123-4567" are phone numbers, never ranges.
const PHONE = /^\(?\d{3}\)?[-.]\d{3,4}(?:[-.]\d{4})?$/;
const RANGE_DASH = /^([^-–]+)[-–]([^-–]+)$/;

function plainNumber(s: string): number | null {
  if (ENGLISH.test(s)) return Number(s.replace(/,/g, ''));
  if (EUROPEAN.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'));
  if (INDIAN.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

/** Reads one numeral token: digits with separators, a glued scale, a fraction, or a dash range. */
export function parseNumeral(token: string): Numeral | null {
  const s = token.toLowerCase();
  const plain = plainNumber(s);
  if (plain !== null) return { value: plain, scaled: false, plain: /^\d+$/.test(s), fraction: false };
  const frac = FRACTION.exec(s);
  if (frac) {
    const n = Number(frac[1]);
    const d = Number(frac[2]);
    if (!NUMERAL_DENOMINATORS.has(d) || n >= d || n === 0) return null;
    return { value: n / d, scaled: false, plain: false, fraction: true };
  }
  const vulgar = VULGAR_SUFFIX.exec(s);
  if (vulgar) {
    const whole = vulgar[1] ? Number(vulgar[1]) : 0;
    return { value: whole + VULGAR[vulgar[2]!]!, scaled: false, plain: false, fraction: true };
  }
  const scaled = SCALE_SUFFIX.exec(s);
  const base = scaled ? plainNumber(scaled[1]!) : null;
  if (scaled && base !== null) {
    return { value: mul(base, SCALES[scaled[2]!]!), scale: SCALES[scaled[2]!]!, scaled: true, plain: false, fraction: false };
  }
  if (PHONE.test(s)) return null;
  const range = RANGE_DASH.exec(s);
  if (range) {
    const a = parseNumeral(range[1]!);
    const b = parseNumeral(range[2]!);
    if (!a || !b || a.min !== undefined || b.min !== undefined) return null;
    let min = a.value;
    // "5-6m": the scale written on the upper bound applies to the lower one.
    if (b.scale !== undefined && !a.scaled && a.value * b.scale <= b.value) min = mul(a.value, b.scale);
    if (!(min < b.value)) return null;
    return { value: min, min, max: b.value, scaled: b.scaled, plain: false, fraction: false };
  }
  return null;
}

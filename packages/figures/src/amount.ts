import { LEADING_QUALIFIERS, type Qualifier } from './lexicon/qualifiers.js';
import { readAmount, type Words } from './reader.js';

/** A normalised number expression. */
export interface Amount {
  value: number;
  /** ISO 4217 code, `percent`, a time unit (`year`), a measure (`km`), `times`; absent for a plain number. */
  unit?: string;
  /** Bounds of a range ("between 5,000 and 6,000"); `value` is then the lower bound. */
  min?: number;
  max?: number;
  /** Normalised hedge written with the number ("about", "more than", "tens of"). */
  qualifier?: string;
  /** The time unit of a rate ("$800 a year" → `year`). */
  per?: string;
}

// Numbers with separators stay whole ("5,000-6,000", "1.234,5", "1/2"); "US$"-style symbols stay whole;
// words keep a trailing period only for abbreviations like "approx." and "c.".
const TOKEN = /(?<![\w.])\.\d+|\d+(?:[.,]\d+)*(?:\/\d+)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]?(?:[–-]\d+(?:[.,]\d+)*)?|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?:us|u\.s\.|c|ca|a|au|nz|hk|s|mx|r)\$|(?:approx|rs|c)\.(?!\w)|\p{L}+[²³]?|°[cf]\b|[^\s]/giu;

/** Splits a short expression like the pipeline's tokenizer would ("$2bn" → "$", "2bn"). */
export function wordsOf(text: string): Words {
  const lower: string[] = [];
  const glued: boolean[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    lower.push(m[0].toLowerCase());
    glued.push(m.index === prevEnd);
    prevEnd = m.index + m[0].length;
  }
  return { lower, glued };
}

/** The longest hedge ending right before token `end` in `lower`, or null. */
export function qualifierBefore(lower: readonly string[], end: number, from = 0): { qualifier: Qualifier; start: number } | null {
  let best: { qualifier: Qualifier; start: number } | null = null;
  for (const q of LEADING_QUALIFIERS) {
    const start = end - q.words.length;
    if (start < from) continue;
    let ok = true;
    for (let k = 0; k < q.words.length && ok; k++) ok = lower[start + k] === q.words[k];
    if (ok && (best === null || start < best.start)) best = { qualifier: q, start };
  }
  return best;
}

/**
 * Normalises one number expression: "$ 75 million" → 75000000 USD, "one hundred and twenty three" → 123,
 * "1/2" → 0.5, "55%" → 55 percent, "between 5,000 and 6,000" → 5000 (min 5000, max 6000),
 * "an hour and a half" → 1.5 hour, "about 200" → 200 (qualifier "about"). Returns null when the text is
 * not exactly one number expression ("recent", "Pence", "one of the").
 */
export function parseAmount(text: string): Amount | null {
  const w = wordsOf(text.trim());
  const n = w.lower.length;
  if (n === 0) return null;
  let start = 0;
  let qualifier: string | undefined;
  for (let end = Math.min(4, n - 1); end >= 1; end--) {
    const q = qualifierBefore(w.lower, end);
    if (q && q.start === 0) {
      qualifier = q.qualifier.norm;
      start = end;
      break;
    }
  }
  const m = readAmount(w, start, n);
  if (!m || m.end !== n) return null;
  const amount: Amount = { value: m.value };
  if (m.unit !== null) amount.unit = m.unit;
  if (m.min !== undefined && m.max !== undefined) {
    amount.min = m.min;
    amount.max = m.max;
  }
  const hedge = qualifier ?? m.vague ?? m.trailing?.norm;
  if (hedge !== undefined) amount.qualifier = hedge;
  if (m.per !== undefined) amount.per = m.per;
  return amount;
}

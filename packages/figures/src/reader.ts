/**
 * The number-expression grammar, shared by `parseAmount` (over its own small tokenizer) and by the
 * extraction stage (over the tokenizer's tokens), so both read "$212 million" the same way.
 * It works on lower-cased tokens plus, for each token, whether it is glued to the one before it
 * (no space), which tells "forty-three" and "5,000-6,000" from a dash between clauses.
 */
import { COUPLE, DOZEN, FRACTIONS, MULTIPLIER_WORDS, SCALES, TEENS, TENS, UNITS, VAGUE, VULGAR } from './lexicon/numbers.js';
import { TRAILING_QUALIFIERS, type Qualifier } from './lexicon/qualifiers.js';
import {
  CURRENCY_PREFIXES, GLUED_ONLY_UNITS, LONGEST_UNIT, METRE_CONTEXT, RATE_NOUNS, RATE_WORDS, UNIT_WORDS, type UnitEntry, type UnitKind,
} from './lexicon/units.js';
import { mul, parseNumeral } from './numeral.js';

export interface Words {
  lower: readonly string[];
  /** `glued[i]`: token i follows token i-1 with no space between them. */
  glued: readonly boolean[];
}

/** How the number itself was written. */
export type NumberForm = 'digits' | 'words' | 'fraction' | 'vague' | 'article' | 'multiplier';

/** One number expression found at a token position. `end` is exclusive. */
export interface AmountMatch {
  start: number;
  end: number;
  value: number;
  min?: number;
  max?: number;
  unit: string | null;
  kind: UnitKind | null;
  form: NumberForm;
  /** A single digits-only token with no scale, unit or currency ("2013", "26"): could be a date or an id. */
  plain: boolean;
  /** "tens of", "hundreds of": the vague quantity's own hedge. */
  vague?: string;
  /** Hedge written after the number ("or so", "or more"). */
  trailing?: Qualifier;
  /** "a year" in "$800 a year". */
  per?: string;
  /** "ten-year-old": an age. */
  age: boolean;
  /** Unit glued by a hyphen ("20-year", "$5-million"): the amount modifies the noun after it. */
  modifier: boolean;
  /** A singular ordinal-shaped fraction ("a third"), which is an ordinal unless "of" follows. */
  ordinalLike: boolean;
  /** "from 5,000 to 6,000" / "between … and …" / "5,000-6,000". */
  range: boolean;
  /** The scale written on the number ("6 million" → 1e6), so a range can carry it to its lower end. */
  scale: number;
  /** What one unit is worth in `unit` ("cents" → 0.01). */
  factor: number;
  /** "1 – 0", "3-2": a score or vote tally, read whole so neither number becomes a figure. */
  score?: boolean;
  /**
   * A range written with a word ("two or three goals", "from ten to 32 pages", "40 to 50 questions"): its
   * two ends, each a quantity of its own with the unit and scale of the range. The extraction stage
   * reports one figure per number for these (gold convention); "between A and B" and "A-B" stay one range.
   */
  parts?: readonly [AmountMatch, AmountMatch];
}

export interface ReadOptions {
  /** Read "A to B" and "from A to B" as ranges (off after change verbs: "rose from 5 to 6"). */
  toRange: boolean;
}

const HYPHENS = new Set(['-', '–', '‐']);
const DOLLAR_COUNTRIES = new Set(['nz', 'hk', 'au', 'ca', 'mx', 'us', 'sg']);
const RANGE_DASHES = new Set(['-', '–']);
const MULTIPLIER_TAIL: ReadonlyArray<readonly string[]> = [['as', 'many'], ['as', 'much']];
const FEW_WORDS: Readonly<Record<string, string>> = { several: 'several', few: 'a few', many: 'many' };


interface Core {
  end: number;
  value: number;
  min?: number;
  max?: number;
  form: NumberForm;
  plain: boolean;
  /** The number before any scale word, for range distribution ("5 to 6 million"). */
  base: number;
  scale: number;
  vague?: string;
  ordinalLike: boolean;
}

/** "threefold", "tenfold", "hundredfold": a number word glued to "fold" multiplies. */
function foldWord(t: string): number | undefined {
  if (!t.endsWith('fold') || t.length <= 4) return undefined;
  const head = t.slice(0, -4);
  if (head === 'hundred') return 100;
  if (head === 'thousand') return 1000;
  return UNITS[head] ?? TEENS[head] ?? TENS[head];
}

/** Cardinal words: "forty-three", "one hundred and twenty three", "twenty-eight thousand", "a million". */
function readWords(w: Words, i: number, limit: number): Core | null {
  const lw = w.lower;
  let total = 0;
  let group = 0;
  let last: 'start' | 'article' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'start';
  let lastScale = Infinity;
  let j = i;
  let end = i;
  let base = 0;
  let scale = 1;
  while (j < limit) {
    const t = lw[j]!;
    if ((t === 'a' || t === 'an') && last === 'start') {
      const next = lw[j + 1];
      if (next === 'hundred' || (next !== undefined && SCALES[next] !== undefined && next.length > 2)) {
        last = 'article';
        group = 1;
        j++;
        continue;
      }
      return null;
    }
    if (HYPHENS.has(t) && last === 'tens' && w.glued[j] && j + 1 < limit && w.glued[j + 1] && UNITS[lw[j + 1]!] !== undefined) {
      j++;
      continue;
    }
    if (t === 'and' && (last === 'hundred' || last === 'scale') && j + 1 < limit) {
      const next = lw[j + 1]!;
      if (UNITS[next] !== undefined || TEENS[next] !== undefined || TENS[next] !== undefined) {
        j++;
        continue;
      }
      break;
    }
    const unit = UNITS[t] ?? TEENS[t];
    if (unit !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'article') break;
      if (last === 'tens' && (TEENS[t] !== undefined || unit === 0)) break;
      group += unit;
      last = UNITS[t] !== undefined ? 'unit' : 'teen';
    } else if (TENS[t] !== undefined) {
      if (last !== 'start' && last !== 'hundred' && last !== 'scale') break;
      group += TENS[t]!;
      last = 'tens';
    } else if (t === 'hundred') {
      if (last === 'start' || last === 'hundred' || last === 'scale' || group >= 100) break;
      group *= 100;
      last = 'hundred';
    } else if (SCALES[t] !== undefined && t.length > 2 && last !== 'start') {
      const s = SCALES[t]!;
      if (s >= lastScale) break;
      if (total === 0) {
        base = group;
        scale = s;
      }
      total += group * s;
      group = 0;
      lastScale = s;
      last = 'scale';
    } else break;
    j++;
    end = j;
  }
  if (end === i || last === 'article') return null;
  const value = total + group;
  return { end, value, form: 'words', plain: false, base: total === 0 ? value : base, scale: total === 0 ? 1 : scale, ordinalLike: false };
}

/** A fraction after a count: "two-thirds", "a third", "three quarters", "half". */
function readFraction(w: Words, i: number, limit: number): Core | null {
  const lw = w.lower;
  const t = lw[i]!;
  if (t === 'half') return { end: i + 1, value: 0.5, form: 'fraction', plain: false, base: 0.5, scale: 1, ordinalLike: false };
  let numerator: number | undefined;
  if (t === 'a' || t === 'an' || t === 'one') numerator = 1;
  else numerator = UNITS[t] ?? TEENS[t];
  if (numerator === undefined || numerator === 0) return null;
  let j = i + 1;
  if (j < limit && HYPHENS.has(lw[j]!) && w.glued[j] && w.glued[j + 1]) j++;
  const word = lw[j];
  if (j >= limit || word === undefined) return null;
  const d = FRACTIONS[word];
  if (d === undefined) return null;
  const plural = word.endsWith('s');
  // "two third" is not English; "one thirds" neither.
  if (numerator > 1 && !plural && d !== 2) return null;
  if (numerator === 1 && plural) return null;
  const value = numerator / d;
  return { end: j + 1, value, form: 'fraction', plain: false, base: value, scale: 1, ordinalLike: !plural && d > 2 && t !== 'one' && !HYPHENS.has(lw[i + 1] ?? '') };
}

/** The number itself, before units: digits, words, fractions, "a dozen", "tens of thousands". */
function readCore(w: Words, i: number, limit: number): Core | null {
  const lw = w.lower;
  const t = lw[i]!;
  // "tens of thousands", "hundreds of millions", "thousands", "dozens"
  const vague = VAGUE[t];
  if (vague !== undefined) {
    if (lw[i + 1] === 'of' && i + 2 < limit) {
      const inner = VAGUE[lw[i + 2]!];
      if (inner !== undefined && inner > vague) {
        return { end: i + 3, value: vague * inner, form: 'vague', plain: false, base: vague * inner, scale: 1, vague: `${t} of`, ordinalLike: false };
      }
    }
    return { end: i + 1, value: vague, form: 'vague', plain: false, base: vague, scale: 1, vague: `${t} of`, ordinalLike: false };
  }
  // "several hundred", "a few thousand"
  const few = t === 'a' && lw[i + 1] === 'few' ? 'a few' : FEW_WORDS[t];
  if (few !== undefined) {
    const at = few === 'a few' ? i + 2 : i + 1;
    const s = lw[at];
    if (s !== undefined && at < limit && (s === 'hundred' || (SCALES[s] !== undefined && s.length > 2))) {
      const value = s === 'hundred' ? 100 : SCALES[s]!;
      return { end: at + 1, value, form: 'vague', plain: false, base: value, scale: 1, vague: few, ordinalLike: false };
    }
    return null;
  }
  const multiplier = MULTIPLIER_WORDS[t] ?? foldWord(t);
  if (multiplier !== undefined) {
    return { end: i + 1, value: multiplier, form: 'multiplier', plain: false, base: multiplier, scale: 1, ordinalLike: false };
  }
  // "half a million"
  if (t === 'half' && (lw[i + 1] === 'a' || lw[i + 1] === 'an') && i + 2 < limit && SCALES[lw[i + 2]!] !== undefined && lw[i + 2]!.length > 2) {
    const s = SCALES[lw[i + 2]!]!;
    return { end: i + 3, value: s / 2, form: 'words', plain: false, base: 0.5, scale: s, ordinalLike: false };
  }
  // "a couple of points" is two (gold convention, no hedge); "a couple" alone is a pair of people.
  if (t === 'a' && lw[i + 1] === COUPLE && lw[i + 2] === 'of' && i + 2 < limit) {
    return { end: i + 2, value: 2, form: 'words', plain: false, base: 2, scale: 1, ordinalLike: false };
  }
  if (t === DOZEN || ((t === 'a' || t === 'one') && lw[i + 1] === DOZEN)) {
    return { end: t === DOZEN ? i + 1 : i + 2, value: 12, form: 'words', plain: false, base: 12, scale: 1, ordinalLike: false };
  }
  const fraction = readFraction(w, i, limit);
  if (fraction) return fraction;
  const numeral = /\d/.test(t) || VULGAR[t] !== undefined ? parseNumeral(t) : null;
  if (numeral) {
    let end = i + 1;
    let value = numeral.value;
    let min = numeral.min;
    let form: NumberForm = numeral.fraction ? 'fraction' : 'digits';
    // "2 1/2"
    if (!numeral.fraction && numeral.min === undefined && end < limit && !w.glued[end]) {
      const next = /\d/.test(lw[end]!) ? parseNumeral(lw[end]!) : null;
      if (next?.fraction) {
        value += next.value;
        end++;
      }
    }
    let base = value;
    let scale = numeral.scale ?? 1;
    if (scale !== 1) base = value / scale;
    // "5 million", "1.5 billion", "3 thousand", "2 hundred"
    while (end < limit) {
      const s = lw[end]!;
      const sv = s === 'hundred' ? 100 : SCALES[s];
      if (sv === undefined || (GLUED_ONLY_UNITS.has(s) && !w.glued[end])) break;
      if (s === 'm' && METRE_CONTEXT.has(lw[end + 1] ?? '')) break;
      value = mul(value, sv);
      if (min !== undefined) min = mul(min, sv);
      scale *= sv;
      end++;
    }
    const plain = numeral.plain && end === i + 1;
    const core: Core = { end, value, form, plain, base, scale, ordinalLike: false };
    if (min !== undefined) {
      core.min = min;
      core.max = value === numeral.value ? numeral.max! : mul(numeral.max!, scale);
      core.value = min;
    }
    return core;
  }
  // "and a half" after words: "two and a half million"
  const words = readWords(w, i, limit);
  if (!words) return null;
  // "two dozen"
  if (lw[words.end] === DOZEN && words.end < limit && words.scale === 1) {
    const value = words.value * 12;
    return { end: words.end + 1, value, form: 'words', plain: false, base: value, scale: 1, ordinalLike: false };
  }
  if (lw[words.end] === 'and' && (lw[words.end + 1] === 'a' || lw[words.end + 1] === 'an') && lw[words.end + 2] === 'half' && words.scale === 1) {
    let end = words.end + 3;
    let value = words.value + 0.5;
    let scale = 1;
    const s = lw[end];
    if (s !== undefined && end < limit && SCALES[s] !== undefined && s.length > 2) {
      scale = SCALES[s]!;
      value = mul(value, scale);
      end++;
    }
    return { end, value, form: 'words', plain: false, base: words.value + 0.5, scale, ordinalLike: false };
  }
  return words;
}

/** First words of the unit phrases, so most tokens are turned away with one look-up. */
const UNIT_FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(UNIT_WORDS).map((k) => k.split(' ')[0]!));

/** The longest unit phrase at j ("per cent", "square kilometres", "US dollars"). */
function readUnit(w: Words, j: number, limit: number): { entry: UnitEntry; end: number } | null {
  const lw = w.lower;
  if (j >= limit || !UNIT_FIRST_WORDS.has(lw[j]!)) return null;
  for (let n = Math.min(LONGEST_UNIT, limit - j); n >= 1; n--) {
    let key = lw[j]!;
    for (let k = 1; k < n; k++) key += ' ' + lw[j + k]!;
    const entry = UNIT_WORDS[key];
    if (entry === undefined) continue;
    if (n === 1 && GLUED_ONLY_UNITS.has(key) && !w.glued[j]) continue;
    return { entry, end: j + n };
  }
  return null;
}

function matchWords(lw: readonly string[], j: number, limit: number, words: readonly string[]): boolean {
  if (j + words.length > limit) return false;
  for (let k = 0; k < words.length; k++) if (lw[j + k] !== words[k]) return false;
  return true;
}

/** One quantity: optional currency symbol, the number, then its unit, age, rate and trailing hedge. */
function readQuantity(w: Words, i: number, limit: number): AmountMatch | null {
  const lw = w.lower;
  let j = i;
  let currency: string | null = CURRENCY_PREFIXES[lw[j]!] ?? null;
  // "NZ $ 26 million": a country code written apart from the dollar sign.
  if (currency === null && DOLLAR_COUNTRIES.has(lw[j]!) && lw[j + 1] === '$' && j + 1 < limit) {
    currency = CURRENCY_PREFIXES[`${lw[j]!}$`] ?? null;
    if (currency !== null) j++;
  }
  if (currency !== null) {
    // "USD 40" needs the number right after; "$" may be followed by a space.
    j++;
    if (j >= limit || !/\d/.test(lw[j]!)) return null;
  }
  // "hour and a half" with no number before the unit: 1.5 hours.
  if (currency === null) {
    const unitFirst = readUnit(w, j, limit);
    if (unitFirst?.entry.kind === 'time' && lw[unitFirst.end] === 'and' && lw[unitFirst.end + 1] === 'a' && lw[unitFirst.end + 2] === 'half') {
      return base(i, unitFirst.end + 3, 1.5, unitFirst.entry.unit, 'time', 'words', false);
    }
  }
  let core: Core | null;
  let form: NumberForm;
  // "an hour", "a year": the article alone counts as one only before a unit (and a half).
  if ((lw[j] === 'a' || lw[j] === 'an') && currency === null && readUnit(w, j + 1, limit)?.entry.kind === 'time') {
    core = { end: j + 1, value: 1, form: 'article', plain: false, base: 1, scale: 1, ordinalLike: false };
  } else {
    core = readCore(w, j, limit);
  }
  if (!core) return null;
  form = core.form;
  const m = base(i, core.end, core.value, null, null, form, core.plain);
  m.scale = core.scale;
  if (core.min !== undefined) {
    m.min = core.min;
    m.max = core.max!;
    m.range = true;
  }
  if (core.vague !== undefined) m.vague = core.vague;
  m.ordinalLike = core.ordinalLike;
  let k = core.end;
  if (currency !== null) {
    m.unit = currency;
    m.kind = 'currency';
    m.plain = false;
  }
  // "ten-year-old", "20-year", "$5-million"
  const hyphen = k < limit && HYPHENS.has(lw[k]!) && w.glued[k] && w.glued[k + 1];
  const unitAt = hyphen ? k + 1 : k;
  const unit = unitAt < limit ? readUnit(w, unitAt, limit) : null;
  if (unit && !(m.kind === 'currency' && unit.entry.kind === 'currency' && unit.entry.factor === undefined && hyphen)) {
    const e = unit.entry;
    if (m.kind === 'currency' && e.kind === 'currency') {
      // "$5 million dollars": the word repeats the symbol.
      k = unit.end;
    } else if (m.kind === null) {
      m.unit = e.unit;
      m.kind = e.kind;
      if (e.factor !== undefined) {
        m.factor = e.factor;
        m.value = mul(m.value, e.factor);
        if (m.min !== undefined) m.min = mul(m.min, e.factor);
        if (m.max !== undefined) m.max = mul(m.max, e.factor);
      }
      k = unit.end;
      m.plain = false;
      // "18-fold" is adverbial ("increased 18-fold"), not a modifier of the next noun.
      if (hyphen && e.kind !== 'times') m.modifier = true;
    }
    // "-year-old", "years old"
    if (m.kind === 'time' && k < limit) {
      if (hyphen && HYPHENS.has(lw[k]!) && w.glued[k] && lw[k + 1] === 'old' && w.glued[k + 1]) {
        k += 2;
        m.age = true;
      } else if (!hyphen && lw[k] === 'old') {
        k += 1;
        m.age = true;
      }
    }
    // "an hour and a half", "two years and a half"
    if (m.kind === 'time' && !m.age && lw[k] === 'and' && lw[k + 1] === 'a' && lw[k + 2] === 'half' && k + 2 < limit) {
      m.value += 0.5;
      k += 3;
    }
  }
  // "half an hour", "a quarter of an hour" is left alone: only the article form.
  if (form === 'fraction' && m.kind === null && (lw[k] === 'a' || lw[k] === 'an') && k + 1 < limit) {
    const u = readUnit(w, k + 1, limit);
    if (u?.entry.kind === 'time') {
      m.unit = u.entry.unit;
      m.kind = 'time';
      k = u.end;
    }
  }
  if (form === 'article' && m.kind !== 'time') return null;
  // "three times as many"
  if (m.kind === 'times') {
    for (const tail of MULTIPLIER_TAIL) {
      if (matchWords(lw, k, limit, tail)) {
        k += tail.length;
        break;
      }
    }
  }
  if (form === 'multiplier') {
    m.unit = 'times';
    m.kind = 'times';
    for (const tail of MULTIPLIER_TAIL) {
      if (matchWords(lw, k, limit, tail)) {
        k += tail.length;
        break;
      }
    }
  }
  // "$800 a year", "5 km per hour"
  if ((m.kind === 'currency' || m.kind === 'measure') && k + 1 < limit && RATE_WORDS.has(lw[k]!)) {
    const rate = readUnit(w, k + 1, limit);
    if (rate?.entry.kind === 'time' && !rate.entry.unit.endsWith('s') && !lw[k + 1]!.endsWith('s')) {
      m.per = rate.entry.unit;
      k = rate.end;
    } else if (lw[k] === 'per' && lw[k + 1] === 'capita') {
      m.per = 'capita';
      k += 2;
    } else if (RATE_NOUNS.has(lw[k + 1]!)) {
      // "around $95 million a season", "up to 5,000 reais per family"
      m.per = lw[k + 1]!;
      k += 2;
    }
  }
  // "200 or so", "5,000-plus", "forty-odd"
  for (const tq of TRAILING_QUALIFIERS) {
    const glue = tq.words[0] === 'plus' || tq.words[0] === 'odd';
    let at = k;
    if (glue && HYPHENS.has(lw[at] ?? '') && w.glued[at]) at++;
    if (tq.words[0] === 'odd' && at === k) continue;
    if (matchWords(lw, at, limit, tq.words)) {
      m.trailing = tq;
      k = at + tq.words.length;
      break;
    }
  }
  m.end = k;
  return m;
}

function base(start: number, end: number, value: number, unit: string | null, kind: UnitKind | null, form: NumberForm, plain: boolean): AmountMatch {
  return { start, end, value, unit, kind, form, plain, age: false, modifier: false, ordinalLike: false, range: false, scale: 1, factor: 1 };
}

/** Carries a unit or scale written once across both ends of a range ("5 to 6 million", "20-30%", "5-10 cents"). */
function joinRange(a: AmountMatch, b: AmountMatch): AmountMatch | null {
  if (a.trailing || a.age || b.form === 'article' || a.form === 'article') return null;
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return null;
  let min = a.value;
  const bBase = b.value / b.scale / b.factor;
  if (a.scale === 1 && b.scale !== 1 && a.value <= bBase) min = mul(min, b.scale);
  if (a.unit === null && b.factor !== 1) min = mul(min, b.factor);
  const max = b.value;
  if (!(min < max)) return null;
  return { ...b, start: a.start, value: min, min, max, unit: a.unit ?? b.unit, kind: a.kind ?? b.kind, plain: false, range: true };
}

/**
 * Reads the number expression that starts at token i, or null. Ranges: "between A and B",
 * "from A to B", "A to B", "A-B", "A or B" (value = the lower bound, with min/max).
 */
export function readAmount(w: Words, i: number, limit: number, options: ReadOptions = { toRange: true }): AmountMatch | null {
  const lw = w.lower;
  const t = lw[i]!;
  if ((t === 'between' || (t === 'from' && options.toRange)) && i + 1 < limit) {
    const a = readQuantity(w, i + 1, limit);
    if (!a || a.range) return null;
    const sep = lw[a.end];
    if ((t === 'between' && sep === 'and') || (t === 'from' && (sep === 'to' || (sep !== undefined && RANGE_DASHES.has(sep))))) {
      const b = readQuantity(w, a.end + 1, limit);
      if (b) {
        const joined = joinRange(a, b);
        if (joined) return { ...joined, start: i, ...(sep === 'to' ? { parts: partsOf(joined, a, b) } : {}) };
      }
    }
    return null;
  }
  const a = readQuantity(w, i, limit);
  if (!a || a.range) return a;
  const ratio = readRatio(w, a, limit);
  if (ratio) return ratio;
  const sep = lw[a.end];
  if (sep === undefined || a.end + 1 >= limit || a.trailing) return a;
  const dash = RANGE_DASHES.has(sep) && w.glued[a.end] === w.glued[a.end + 1];
  const word = (sep === 'to' && options.toRange) || sep === 'or';
  if (!dash && !word) return a;
  const b = readQuantity(w, a.end + 1, limit);
  if (!b || b.range) return a;
  // "two or three" but not "one or two of them"-style choices between unlike things.
  if (sep === 'or' && (a.form !== b.form || a.kind !== b.kind)) return a;
  // "Sweden 1 – 0 Korea", "won 3-2": small whole numbers around a spaced dash are a score.
  const spaced = dash && !w.glued[a.end];
  if (dash && a.plain && b.plain && ((spaced && a.value <= 20 && b.value <= 20) || a.value >= b.value)) {
    return { ...a, end: b.end, score: true };
  }
  const joined = joinRange(a, b);
  if (joined) return word ? { ...joined, parts: partsOf(joined, a, b) } : joined;
  return a;
}

/** The two ends of a range as quantities of their own: the lower end takes the range's unit and scale. */
function partsOf(joined: AmountMatch, a: AmountMatch, b: AmountMatch): readonly [AmountMatch, AmountMatch] {
  return [{ ...a, value: joined.min!, unit: joined.unit, kind: joined.kind, plain: a.plain && joined.unit === null && joined.min === a.value }, b];
}

/**
 * "one in three visits", "1 in 5 adults", "nine out of ten doctors": a ratio, read as the fraction (1/3). The second number must be
 * a plain count larger than the first and not year-shaped ("three in 2015" is a date).
 */
function readRatio(w: Words, a: AmountMatch, limit: number): AmountMatch | null {
  // "nine out of ten doctors"
  const out = w.lower[a.end] === 'out' && w.lower[a.end + 1] === 'of' ? 1 : 0;
  if ((w.lower[a.end] !== 'in' && out === 0) || a.kind !== null || a.form === 'vague' || a.form === 'fraction' || !Number.isInteger(a.value) || a.value < 1) return null;
  // "one in every four homes"
  const every = w.lower[a.end + 1 + out] === 'every' ? 1 : 0;
  const at = a.end + 1 + out + every;
  const next = w.lower[at];
  if (next === undefined || at >= limit || /^\d{4}$/.test(next)) return null;
  const b = readQuantity(w, at, limit);
  if (!b || b.kind !== null || b.range || b.form === 'vague' || b.form === 'fraction' || !Number.isInteger(b.value) || b.value <= a.value) return null;
  return { ...b, start: a.start, value: a.value / b.value, form: 'fraction', plain: false, scale: 1 };
}

/** String keys shared by every look-up: case-, accent- and punctuation-insensitive. */

const MARKS = /\p{M}/gu;

const ASCII = /^[\x00-\x7f]*$/;

/** Strips accents: "Peña" -> "Pena", "México" -> "Mexico". */
export function fold(s: string): string {
  // Most words are ASCII: skip the (costly) normalisation for them.
  if (ASCII.test(s)) return s;
  return s.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

const DROPPED = /[.'’`]/g;
const SEPARATORS = /[-‐‑–—,/\s]+/g;

/**
 * The look-up key of a name: folded, lowercase, without dots and apostrophes, hyphens and commas as spaces.
 * "U.S." -> "us", "Washington, D.C." -> "washington dc", "Kim Jong-un" -> "kim jong un".
 */
export function nameKey(s: string): string {
  return fold(s).toLowerCase().replace(DROPPED, '').replace(SEPARATORS, ' ').trim();
}

/** Key of one token: like `nameKey`, for a string without spaces. */
export function wordKey(s: string): string {
  return fold(s).toLowerCase().replace(DROPPED, '');
}


const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,6}$|^\p{Lu}{2,}s$|^\p{Lu}{1,3}\d\p{Lu}{1,3}$/u;
const CAMEL = /^\p{Lu}?\p{Ll}+\p{Lu}\p{L}*$/u;
/** Surname prefixes that look like brand capitals: "McGuire", "MacArthur", "DeSantis", "LeBron", "DiCaprio". */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O|Al|El)\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;

export const startsUpper = (s: string): boolean => UPPER_START.test(s);
/** "US", "U.S.", "AMLO", "AT&T", "NGOs", "M5S" (a digit inside, not at the end as in "IE9"). */
export const isAcronym = (s: string): boolean => ACRONYM.test(s) && !ROMAN.test(s);
/** "XVII", "II": numerals, not acronyms. */
const ROMAN = /^[IVXLCDM]+$/;
/** "ThinkProgress", "iPhone", "YouTube": brand names, never people. */
export const isCamelCase = (s: string): boolean => CAMEL.test(s) && !NAME_PREFIX.test(s);
/** "F." in "John F. Kelly". */
export const isInitial = (s: string): boolean => INITIAL.test(s);

/** Letters of an acronym: "U.S." -> "US". */
export function acronymLetters(s: string): string {
  return fold(s).replace(/[^\p{L}]/gu, '').toUpperCase();
}

/** Byte-stable sort for strings (independent of the host's locale). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

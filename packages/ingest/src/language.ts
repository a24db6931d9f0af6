import { francAll } from 'franc-min';

/**
 * Function words of English: a paragraph with enough of them is English without asking the
 * language model, which keeps language checks off the hot path for English corpora.
 */
const ENGLISH_FUNCTION_WORDS = 'the of and to in a is that for it as was with be by on not he she i this are or his her from at which but have an they you we has had were their been its our who will would there said'.split(' ');

/** A lowercase ASCII word of up to five letters as a number (base 27), so a word can be looked up without slicing it out. */
const MAX_KEYED = 5;
const FUNCTION_WORD_KEYS = new Set(ENGLISH_FUNCTION_WORDS.map((w) => {
  let key = 0;
  for (let i = 0; i < w.length; i++) key = key * 27 + (w.charCodeAt(i) - 96);
  return key;
}));
if (ENGLISH_FUNCTION_WORDS.some((w) => w.length > MAX_KEYED || !/^[a-z]+$/.test(w))) throw new Error('function words must be ASCII, up to 5 letters');

/** Matches one letter (a whole code point) at lastIndex. */
const LETTER_AT = /\p{L}/uy;
/** `LETTER_AT` answered in advance for the code points below U+3000 (Latin, Greek, Cyrillic, punctuation, ...). */
const TABLE_END = 0x3000;
const IS_LETTER = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  LETTER_AT.lastIndex = 0;
  if (LETTER_AT.test(String.fromCharCode(c))) IS_LETTER[c] = 1;
}

/**
 * Share of the words (runs of letters, after lowercasing) that are English function words.
 * It runs on every paragraph, so it scans the text once instead of splitting it into words.
 */
function englishShare(p: string): number {
  const s = p.toLowerCase();
  let words = 0;
  let hits = 0;
  let inWord = false;
  // Key of the word so far while it is short lowercase ASCII, -1 once it cannot be a function word.
  let key = 0;
  let length = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c < TABLE_END) {
      letter = IS_LETTER[c] === 1;
    } else {
      LETTER_AT.lastIndex = i;
      letter = LETTER_AT.test(s);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) width = 2;
      }
    }
    if (letter) {
      if (!inWord) {
        inWord = true;
        words++;
        key = 0;
        length = 0;
      }
      if (key >= 0) {
        length++;
        key = c >= 97 && c <= 122 && length <= MAX_KEYED ? key * 27 + (c - 96) : -1;
      }
    } else if (inWord) {
      inWord = false;
      if (key >= 0 && FUNCTION_WORD_KEYS.has(key)) hits++;
    }
    i += width;
  }
  if (inWord && key >= 0 && FUNCTION_WORD_KEYS.has(key)) hits++;
  return words === 0 ? 0 : hits / words;
}

/** ISO 639-3 code of the language most of the paragraphs are written in (`eng`, `spa`, ...), or `und`. */
export function mainLanguage(paragraphs: readonly string[]): string {
  const sample = paragraphs.filter((p) => p.length >= 80).slice(0, 12).join('\n').slice(0, 4000);
  if (sample.length < 40) return 'und';
  if (englishShare(sample) >= 0.2) return 'eng';
  return francAll(sample)[0]?.[0] ?? 'und';
}

/**
 * True when a paragraph is clearly written in another language than the article
 * (e.g. a Spanish paywall block under an English article). Short paragraphs are never judged:
 * the model needs text to be sure, and a name or a title in another language is still article text.
 */
export function isOtherLanguage(p: string, main: string): boolean {
  if (main === 'und' || p.length < 40) return false;
  if (main === 'eng' && englishShare(p) >= 0.12) return false;
  const scores = francAll(p);
  const top = scores[0];
  if (!top || top[0] === 'und' || top[0] === main) return false;
  const mainScore = scores.find(([lang]) => lang === main)?.[1] ?? 0;
  return mainScore < 0.75;
}

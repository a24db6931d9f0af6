import { francAll } from 'franc-min';

/**
 * Function words of English: a paragraph with enough of them is English without asking the
 * language model, which keeps language checks off the hot path for English corpora.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for it as was with be by on not he she i this are or his her from at which but have an they you we has had were their been its our who will would there said'.split(' '),
);

const NON_LETTERS = /[^\p{L}]+/u;

function englishShare(p: string): number {
  let words = 0;
  let hits = 0;
  for (const w of p.toLowerCase().split(NON_LETTERS)) {
    if (w === '') continue;
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  }
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

import type { Article, Figure } from '@dossier/core';
import { tokenize } from '@dossier/tokenize';
import { extractFigures } from '../src/extract.js';

export const article = (text: string, id = 't'): Article => ({
  id, source: id, sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8', title: null, byline: null, date: null, url: null,
  text, paragraphs: [{ start: 0, end: text.length }], notes: [],
});

/** The figures of one text, checked to slice back exactly. */
export function figuresOf(text: string): Figure[] {
  const figures = extractFigures(tokenize(article(text)));
  for (const f of figures) {
    if (text.slice(f.start, f.end) !== f.text) throw new Error(`span [${f.start}, ${f.end}) is "${text.slice(f.start, f.end)}", not "${f.text}"`);
  }
  return figures;
}

/** The figure whose text is `text`, or a thrown error listing what was found. */
export function figure(text: string, sentence: string): Figure {
  const all = figuresOf(sentence);
  const f = all.find((x) => x.text === text);
  if (!f) throw new Error(`no figure "${text}" in: ${all.map((x) => x.text).join(' | ')}`);
  return f;
}

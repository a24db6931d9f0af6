import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Sentence, Token, TokenizedDoc, ValueSpan } from '@dossier/core';

// One model per thread: loading it takes ~150 ms, reading a document a few ms.
const nlp = winkNLP(model);
const its = nlp.its;

/** wink-nlp token types that are whitespace, not tokens. */
const WHITESPACE_KINDS = new Set(['tabCRLF', 'spaces']);
const CLOSING_QUOTE = /^[”"’']$/;
const ENDS_WITH_STOP = /[.!?]$/;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^[\p{Lu}\p{N}“"‘]/u;

/**
 * Sentences and tokens of an article with exact character offsets into `article.text`.
 * wink-nlp gives no offsets: they are rebuilt from each token's length and its preceding
 * whitespace, and checked against the text so a surprise in the model can never shift a span.
 */
export function tokenize(article: Article): TokenizedDoc {
  const text = article.text;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const pos = doc.tokens().out(its.pos) as string[];

  const tokens: Token[] = [];
  // wink token index -> our token index (whitespace tokens map to the next real token).
  const ours: number[] = new Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    ours[i] = tokens.length;
    const value = values[i]!;
    cursor += spaces[i]!.length;
    let start = cursor;
    if (text.startsWith(value, cursor) === false) {
      // The model normalised something (or skipped characters): find the token where it really is.
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    const end = start + value.length;
    cursor = end;
    const kind = kinds[i]!;
    if (WHITESPACE_KINDS.has(kind) || value.trim() === '') continue;
    tokens.push({ start, end, text: value, pos: pos[i]!, kind, lower: value.toLowerCase(), sentence: 0 });
  }
  ours[values.length] = tokens.length;

  const winkSentences: Array<[number, number]> = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    winkSentences.push([ours[first]!, ours[last + 1]!]);
  });
  const sentences = fixSentences(text, tokens, winkSentences);
  sentences.forEach((s, si) => {
    for (let t = s.firstToken; t < s.endToken; t++) tokens[t]!.sentence = si;
  });

  const valueSpans: ValueSpan[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const firstToken = ours[first]!;
    const endToken = ours[last + 1]!;
    if (endToken <= firstToken) return;
    const start = tokens[firstToken]!.start;
    const end = tokens[endToken - 1]!.end;
    valueSpans.push({ start, end, text: text.slice(start, end), type: e.out(its.type) as string, firstToken, endToken });
  });

  return { ...article, sentences, tokens, values: valueSpans };
}

/**
 * Adjusts wink-nlp's sentence breaks: a sentence never spans a line break (headings, bylines);
 * `.” According to` ends a sentence after the closing quote; `?” she asked` does not end one.
 */
function fixSentences(text: string, tokens: readonly Token[], spans: ReadonlyArray<[number, number]>): Sentence[] {
  // Start from the token ranges and cut them where they must be cut.
  const cuts: Array<[number, number]> = [];
  for (const [first, end] of spans) {
    let from = first;
    for (let t = first + 1; t < end; t++) {
      const prev = tokens[t - 1]!;
      const cur = tokens[t]!;
      const gap = text.slice(prev.end, cur.start);
      const quoteEndsSentence =
        CLOSING_QUOTE.test(prev.text) && t >= 2 && ENDS_WITH_STOP.test(tokens[t - 2]!.text) &&
        gap.length > 0 && UPPER_START.test(cur.text) && !CLOSING_QUOTE.test(cur.text);
      if (gap.includes('\n') || quoteEndsSentence) {
        cuts.push([from, t]);
        from = t;
      }
    }
    if (from < end) cuts.push([from, end]);
  }
  // Join a sentence that starts in lowercase to the one before it, within the same paragraph.
  const merged: Array<[number, number]> = [];
  for (const c of cuts) {
    const prev = merged[merged.length - 1];
    if (prev && c[0] < c[1] && prev[1] === c[0]) {
      const gap = text.slice(tokens[c[0] - 1]!.end, tokens[c[0]]!.start);
      if (!gap.includes('\n') && LOWER_START.test(tokens[c[0]]!.text)) {
        prev[1] = c[1];
        continue;
      }
    }
    if (c[0] < c[1]) merged.push([c[0], c[1]]);
  }
  return merged.map(([firstToken, endToken]) => ({
    start: tokens[firstToken]!.start,
    end: tokens[endToken - 1]!.end,
    firstToken,
    endToken,
  }));
}

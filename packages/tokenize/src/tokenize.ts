import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Sentence, Token, TokenizedDoc, ValueSpan } from '@dossier/core';

// One model per thread: loading it takes ~150 ms, reading a document a few ms.
// Only the annotations we read: sentence breaks, typed values (ner) and POS. wink's default pipe also
// runs negation and sentiment, which write nothing the others read and cost ~15% of readDoc.
const nlp = winkNLP(model, ['sbd', 'ner', 'pos']);
const its = nlp.its;

/** wink-nlp token types that are whitespace, not tokens. */
const WHITESPACE_KINDS = new Set(['tabCRLF', 'spaces']);
const ENDS_WITH_STOP = /[.!?]$/;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^[\p{Lu}\p{N}“"‘]/u;
/**
 * Characters wink-nlp drops without a token (found by feeding it every BMP character): with one of them
 * in the text its tokens no longer tile the text, so offsets are rebuilt from its preceding-space counts.
 */
const WINK_DROPS = /[\v\f\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\ufeff]/;

/** `”`, `"`, `’` or `'` on its own. */
function isClosingQuote(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27;
}

/** The spaces wink-nlp splits tokens on (its tokenizer's splitter), which it reports as preceding spaces. */
function isWinkSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** True when text[from, to) holds a line break. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Sentences and tokens of an article with exact character offsets into `article.text`.
 * wink-nlp gives no offsets: they are rebuilt from each token's length and its preceding
 * whitespace, and checked against the text so a surprise in the model can never shift a span.
 */
export function tokenize(article: Article): TokenizedDoc {
  const text = article.text;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const pos = doc.tokens().out(its.pos) as string[];

  // wink token index -> our token index (whitespace tokens map to the next real token).
  const ours = new Int32Array(values.length + 1);
  const tokens = (!WINK_DROPS.test(text) && placeTokens(text, values, kinds, pos, ours)) || placeTokensBySpaces(text, doc, values, kinds, pos, ours);

  const winkSentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentences = fixSentences(text, tokens, winkSentences, ours);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    for (let t = s.firstToken; t < s.endToken; t++) tokens[t]!.sentence = si;
  }

  const valueSpans: ValueSpan[] = [];
  const entitySpans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  const entityTypes = doc.entities().out(its.type) as string[];
  for (let e = 0; e < entitySpans.length; e++) {
    const [first, last] = entitySpans[e]!;
    const firstToken = ours[first]!;
    const endToken = ours[last + 1]!;
    if (endToken <= firstToken) continue;
    const start = tokens[firstToken]!.start;
    const end = tokens[endToken - 1]!.end;
    valueSpans.push({ start, end, text: text.slice(start, end), type: entityTypes[e]!, firstToken, endToken });
  }

  return { ...article, sentences, tokens, values: valueSpans };
}

function makeToken(start: number, end: number, value: string, pos: string, kind: string): Token {
  return { start, end, text: value, pos, kind, lower: value.toLowerCase(), sentence: 0 };
}

/**
 * The common case: wink's tokens tile the text, separated by its spaces, so each token starts after
 * the spaces at the cursor. Returns null as soon as one does not, and the caller places them the
 * careful way (the same result whenever this one succeeds, without wink's per-token space strings).
 */
function placeTokens(text: string, values: readonly string[], kinds: readonly string[], pos: readonly string[], ours: Int32Array): Token[] | null {
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    ours[i] = tokens.length;
    const value = values[i]!;
    while (cursor < text.length && isWinkSpace(text.charCodeAt(cursor))) cursor++;
    if (!text.startsWith(value, cursor)) return null;
    const start = cursor;
    cursor += value.length;
    const kind = kinds[i]!;
    if (WHITESPACE_KINDS.has(kind) || value.trim() === '') continue;
    tokens.push(makeToken(start, cursor, value, pos[i]!, kind));
  }
  ours[values.length] = tokens.length;
  return tokens;
}

/** Places each token after wink's count of preceding spaces, searching forward when the model skipped characters. */
function placeTokensBySpaces(text: string, doc: ReturnType<typeof nlp.readDoc>, values: readonly string[], kinds: readonly string[], pos: readonly string[], ours: Int32Array): Token[] {
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
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
    tokens.push(makeToken(start, end, value, pos[i]!, kind));
  }
  ours[values.length] = tokens.length;
  return tokens;
}

/**
 * Adjusts wink-nlp's sentence breaks: a sentence never spans a line break (headings, bylines);
 * `.” According to` ends a sentence after the closing quote; `?” she asked` does not end one.
 * `spans` are wink's [first, last] token indices, mapped to ours through `ours`.
 */
function fixSentences(text: string, tokens: readonly Token[], spans: ReadonlyArray<readonly [number, number]>, ours: Int32Array): Sentence[] {
  // Start from the token ranges and cut them where they must be cut.
  const cuts: Array<[number, number]> = [];
  for (const [firstWink, lastWink] of spans) {
    const first = ours[firstWink]!;
    const end = ours[lastWink + 1]!;
    let from = first;
    for (let t = first + 1; t < end; t++) {
      const prev = tokens[t - 1]!;
      const cur = tokens[t]!;
      const quoteEndsSentence =
        isClosingQuote(prev.text) && t >= 2 && ENDS_WITH_STOP.test(tokens[t - 2]!.text) &&
        cur.start > prev.end && UPPER_START.test(cur.text) && !isClosingQuote(cur.text);
      if (quoteEndsSentence || hasNewline(text, prev.end, cur.start)) {
        cuts.push([from, t]);
        from = t;
      }
    }
    if (from < end) cuts.push([from, end]);
  }
  // Join a sentence that starts in lowercase to the one before it, within the same paragraph.
  const sentences: Sentence[] = [];
  let prev: [number, number] | undefined;
  for (const c of cuts) {
    if (prev && c[0] < c[1] && prev[1] === c[0]) {
      if (!hasNewline(text, tokens[c[0] - 1]!.end, tokens[c[0]]!.start) && LOWER_START.test(tokens[c[0]]!.text)) {
        prev[1] = c[1];
        continue;
      }
    }
    if (c[0] < c[1]) {
      if (prev) sentences.push(sentence(tokens, prev));
      prev = [c[0], c[1]];
    }
  }
  if (prev) sentences.push(sentence(tokens, prev));
  return sentences;
}

function sentence(tokens: readonly Token[], [firstToken, endToken]: readonly [number, number]): Sentence {
  return { start: tokens[firstToken]!.start, end: tokens[endToken - 1]!.end, firstToken, endToken };
}

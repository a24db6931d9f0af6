/**
 * The per-document view the claim rules work on: tokens with their paragraph and the quote
 * they sit in, plus small token predicates shared by the rule modules.
 */
import type { Range, Sentence, StageInput, Token } from '@dossier/core';
import type { CueMatch } from './cues.js';
import { findQuotes, type QuoteSpan } from './quotes.js';

export interface Ctx {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Range[];
  quotes: readonly QuoteSpan[];
  /** Paragraph index of each token. */
  para: Int32Array;
  /** Innermost quote whose content holds the token, or -1. */
  quoteOf: Int32Array;
  /** Quote index by the token index of its opening / closing mark. */
  openTok: Map<number, number>;
  closeTok: Map<number, number>;
  /** Token index of each quote's opening and closing mark (-1 when absent). */
  quoteOpenTok: Int32Array;
  quoteCloseTok: Int32Array;
  /** Claims must not start before this offset: the headline is not annotated. */
  bodyStart: number;
  /** 1 where the token starts with a capital letter. */
  cap: Uint8Array;
  /** Words tagged PROPN somewhere inside a sentence (not its first word): names the article uses. */
  properWords: ReadonlySet<string>;
  /** The reporting cue starting at each token, filled in as cues are looked up (undefined: not yet). */
  cues: Array<CueMatch | null | undefined>;
}

export function buildContext(doc: StageInput): Ctx {
  const { text, tokens, sentences } = doc;
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  const quotes = findQuotes(text, paragraphs);

  const para = new Int32Array(tokens.length);
  // 1 where the token starts with a capital: its lowercased form starts differently.
  const cap = new Uint8Array(tokens.length);
  let p = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    while (p < paragraphs.length - 1 && tok.start >= paragraphs[p]!.end) p++;
    para[t] = p;
    // An ASCII first letter is capital when it is A-Z; only other letters need the lowercased form.
    const c = tok.text.charCodeAt(0);
    cap[t] = c < 128 ? (c >= 65 && c <= 90 ? 1 : 0) : c !== tok.lower.charCodeAt(0) ? 1 : 0;
  }
  const properWords = new Set<string>();
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (cap[t] === 0 || t === sentences[tok.sentence]!.firstToken) continue;
    // "Marcus Dole/VERB": a capitalized word after a name word is part of the name, whatever its tag.
    const afterName = cap[t - 1] === 1 && tokens[t - 1]!.pos === 'PROPN' && (tok.pos === 'NOUN' || tok.pos === 'VERB' || tok.pos === 'ADJ');
    if (tok.pos === 'PROPN' || afterName) properWords.add(tok.text);
  }

  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const openTok = new Map<number, number>();
  const closeTok = new Map<number, number>();
  const quoteOpenTok = new Int32Array(quotes.length).fill(-1);
  const quoteCloseTok = new Int32Array(quotes.length).fill(-1);
  quotes.forEach((q, qi) => {
    // Outer quotes come before the quotes nested in them, so inner ones overwrite.
    const first = tokenAtOrAfter(tokens, q.start);
    for (let t = first; t < tokens.length && tokens[t]!.end <= q.end; t++) quoteOf[t] = qi;
    const o = tokenStartingAt(tokens, q.open);
    if (o >= 0) {
      openTok.set(o, qi);
      quoteOpenTok[qi] = o;
    }
    if (q.close >= 0) {
      const c = tokenStartingAt(tokens, q.close);
      if (c >= 0) {
        closeTok.set(c, qi);
        quoteCloseTok[qi] = c;
      }
    }
  });

  const bodyStart = doc.title && text.startsWith(doc.title) && paragraphs.length > 1 ? paragraphs[1]!.start : 0;
  const cues: Array<CueMatch | null | undefined> = new Array(tokens.length);
  return { text, tokens, sentences, paragraphs, quotes, para, quoteOf, openTok, closeTok, quoteOpenTok, quoteCloseTok, bodyStart, cap, properWords, cues };
}

/** The first index in [0, n) whose key is >= `value`, for keys sorted ascending (n when none). */
export function firstAtOrAfter(n: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return firstAtOrAfter(tokens.length, (i) => tokens[i]!.start, offset);
}

/** Index of the token that starts exactly at `offset`, or -1. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const t = tokenAtOrAfter(tokens, offset);
  return t < tokens.length && tokens[t]!.start === offset ? t : -1;
}

/** Index of the token that contains `offset` or the last one before it. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const t = tokenAtOrAfter(tokens, offset + 1) - 1;
  return Math.max(0, t);
}

/** Sentence index of the sentence that holds `offset` (or the last sentence before it). */
export function sentenceAt(ctx: Ctx, offset: number): number {
  const s = ctx.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

const QUOTE_MARK = /^["'“”‘’„«»‹›]$/;

/** True for a token that is a quotation mark of any kind. */
export const isQuoteMark = (t: Token): boolean => t.text.length === 1 && t.pos === 'PUNCT' ? QUOTE_MARK.test(t.text) : t.text.length === 1 && QUOTE_MARK.test(t.text);


/** Tokens that only glue words together inside a name or number ("US-Mexico", "Washington, D.C."). */
export const isJoiner = (ctx: Ctx, i: number): boolean => {
  const t = ctx.tokens[i]!;
  if (t.text !== '-' && t.text !== '–' && t.text !== '&') return false;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return !!prev && !!next && prev.end === t.start && t.end === next.start;
};

/**
 * How far the clause rules look from the token they start at, each way, inside its sentence.
 * News sentences stay under ~100 tokens (the longest in the seeds and the GUM texts: 84); a
 * scraped line with no punctuation is one "sentence" of 40,000 tokens, where nothing that far
 * from a cue is part of its clause, and reading it all for every cue would take minutes.
 */
export const CLAUSE_REACH = 200;

/** Start token of the sentence that holds token i, at most CLAUSE_REACH tokens before i. */
export const sentenceStartTok = (ctx: Ctx, i: number): number => Math.max(ctx.sentences[ctx.tokens[i]!.sentence]!.firstToken, i - CLAUSE_REACH);
/** End token (exclusive) of the sentence that holds token i, at most CLAUSE_REACH tokens after i. */
export const sentenceEndTok = (ctx: Ctx, i: number): number => Math.min(ctx.sentences[ctx.tokens[i]!.sentence]!.endToken, i + CLAUSE_REACH);

/** True when token i ends with -ing and reads as a participle ("adding", "insisting"). */
export const isGerund = (t: Token): boolean => /ing$/.test(t.lower) && t.lower.length > 4;

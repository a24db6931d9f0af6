/**
 * Direct quotations: pairs of quotation marks, with their content span. Handles curly and
 * straight marks, one level of nesting (‘…’ inside “…”), quotes that run on across paragraphs
 * (the next paragraph reopens the quote) or across a line the scraper broke with a blank line,
 * and unbalanced marks (a quote that never closes ends with its paragraph, flagged `closed: false`).
 */
import type { Range } from '@dossier/core';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote never closes. */
  close: number;
  /** Content: between the marks, whitespace trimmed. */
  start: number;
  end: number;
  closed: boolean;
  /** Index of the quote this one is nested in, or -1. */
  parent: number;
}

interface Marks {
  opens: string;
  closes: string;
  /** Marks that may open or close (straight quotes). */
  either: string;
  /** Source of a character class of all three. */
  any: string;
}

const DOUBLE: Marks = { opens: '“„«', closes: '”»', either: '"', any: '[“„«”»"]' };
const SINGLE: Marks = { opens: '‘‹', closes: '’›', either: "'", any: "[‘‹’›']" };

const SPACE = /\s/u;
const SINGLE_MARK = /['‘’‹›]/u;
/** A single mark that could open a quote: after a space or a line start, before a letter. */
const SINGLE_OPENING = /(?:^|[\s(\[—–])['‘][\p{L}\p{N}]/mu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand right before an opening mark. */
const BEFORE_OPEN = /[\s([{\u2014\u2013/\-:“‘"']/u;
/** What may stand right after a closing mark. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-…”’"']/u;

const opensAt = (text: string, i: number, from: number): boolean => i === from || BEFORE_OPEN.test(text[i - 1]!);
const closesAt = (text: string, i: number, to: number): boolean => i + 1 >= to || AFTER_CLOSE.test(text[i + 1]!);

/** All quotes of the text in order of their opening mark (an outer quote before the quotes nested in it). */
export function findQuotes(text: string, paragraphs: readonly Range[]): QuoteSpan[] {
  // British-style copy uses single marks as the outer quotes; most copy uses double ones.
  const usesDouble = /[“”„«»"]/u.test(text);
  const outer = findLevel(text, paragraphs, usesDouble ? DOUBLE : SINGLE);
  if (!usesDouble) return outer.filter((q) => q.closed);
  // Single marks outside double quotes: copy that mixes styles ("'We are very worried,' said Anne Hall").
  // Only closed pairs of more than one word count: an apostrophe must not open a quote that runs
  // to the end of the paragraph, and "rock 'n' roll" holds no quote.
  const singles = SINGLE_OPENING.test(text) ? findLevel(text, paragraphs, SINGLE).filter((s) => s.closed && /\s/u.test(text.slice(s.start, s.end)) && !insideAny(outer, s.open)) : [];
  const isOuter = new Set(outer);
  const tops = singles.length ? [...outer, ...singles].sort((a, b) => a.open - b.open) : outer;
  const all: QuoteSpan[] = [];
  for (const q of tops) {
    const index = all.length;
    all.push(q);
    if (isOuter.has(q) && SINGLE_MARK.test(text.slice(q.start, q.end))) for (const inner of findNested(text, q, SINGLE)) all.push({ ...inner, parent: index });
  }
  return all;
}

/** True when `offset` lies inside one of the quotes (sorted by opening mark, not overlapping). */
function insideAny(quotes: readonly QuoteSpan[], offset: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (offset <= q.open) hi = mid - 1;
    else if (offset >= (q.closed ? q.close : q.end)) lo = mid + 1;
    else return true;
  }
  return false;
}

function findLevel(text: string, paragraphs: readonly Range[], marks: Marks): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  const scan = new RegExp(marks.any, 'gu');
  let open = -1;
  const emit = (close: number, contentEnd: number): void => {
    const span = trim(text, open + 1, contentEnd);
    if (span.end > span.start) quotes.push({ open, close, start: span.start, end: span.end, closed: close >= 0, parent: -1 });
    open = -1;
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let from = para.start;
    if (open >= 0) {
      // A quote left open by the previous paragraph continues only where the text says so.
      const first = firstNonSpace(text, para.start, para.end);
      const c = first < para.end ? text[first]! : '';
      if (marks.opens.includes(c) || marks.either.includes(c)) from = first + 1;
      else if (!/\p{Ll}/u.test(c) && !closesFirst(text, para, marks)) emit(-1, paragraphs[p - 1]!.end);
    }
    scan.lastIndex = from;
    for (let m = scan.exec(text); m && m.index < para.end; m = scan.exec(text)) {
      const i = m.index;
      const c = text[i]!;
      if (open < 0) {
        const opener =
          marks.opens.includes(c) ||
          ((marks.either.includes(c) || marks.closes.includes(c)) && opensAt(text, i, para.start) && !closesAt(text, i, para.end));
        if (opener && (marks.opens.includes(c) || !wordInternal(text, i))) open = i;
        continue;
      }
      if (marks.closes.includes(c) || marks.either.includes(c)) {
        if (marks.either.includes(c) && wordInternal(text, i)) continue;
        if (marks.either.includes(c) && opensAt(text, i, para.start) && !closesAt(text, i, para.end)) {
          // Looks like a new opening mark: the quote before it was never closed.
          emit(-1, i);
          open = i;
          continue;
        }
        emit(i, i);
      } else if (marks.opens.includes(c)) {
        emit(-1, i);
        open = i;
      }
    }
  }
  if (open >= 0) emit(-1, paragraphs.length ? paragraphs[paragraphs.length - 1]!.end : text.length);
  return quotes;
}

/**
 * The first mark of a paragraph closes a quote: a quote left open by the paragraph before runs on
 * into it even without the reopening mark (“I think we have learned a lot. ⏎ It was a very
 * emotional day … focus better.”).
 */
function closesFirst(text: string, para: Range, marks: Marks): boolean {
  const scan = new RegExp(marks.any, 'gu');
  scan.lastIndex = para.start;
  const m = scan.exec(text);
  if (!m || m.index >= para.end) return false;
  const i = m.index;
  const c = text[i]!;
  if (marks.closes.includes(c)) return true;
  return marks.either.includes(c) && !wordInternal(text, i) && !(opensAt(text, i, para.start) && !closesAt(text, i, para.end));
}

/** Quotes in single marks inside a double-quoted span; apostrophes ("don’t", "Trump’s") are skipped. */
function findNested(text: string, outer: QuoteSpan, marks: Marks): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let open = -1;
  const scan = new RegExp(marks.any, 'gu');
  scan.lastIndex = outer.start;
  for (let m = scan.exec(text); m && m.index < outer.end; m = scan.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    if (open < 0) {
      if ((marks.opens.includes(c) || marks.either.includes(c)) && opensAt(text, i, outer.start) && LETTER_OR_DIGIT.test(text[i + 1] ?? '')) open = i;
      continue;
    }
    if ((marks.closes.includes(c) || marks.either.includes(c)) && !SPACE.test(text[i - 1]!) && closesAt(text, i, outer.end) && !wordInternal(text, i)) {
      const span = trim(text, open + 1, i);
      if (span.end > span.start) found.push({ open, close: i, start: span.start, end: span.end, closed: true, parent: -1 });
      open = -1;
    }
  }
  return found;
}

/** A mark between two letters is an apostrophe or a typo, not a quotation mark. */
function wordInternal(text: string, i: number): boolean {
  return i > 0 && LETTER_OR_DIGIT.test(text[i - 1]!) && LETTER_OR_DIGIT.test(text[i + 1] ?? '');
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && SPACE.test(text[i]!)) i++;
  return i;
}

function trim(text: string, start: number, end: number): Range {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

import type { Range, Span } from './types.js';

/** The span of `text` between `start` and `end`, with its text copied out so that it always slices back. */
export function spanOf(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`bad span [${start}, ${end}) for a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

const SPACE = /\s/u;

/** Narrows [start, end) so it neither starts nor ends with whitespace. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Index of the range in a sorted, non-overlapping list that contains `offset`, or -1. */
export function rangeIndexAt(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** True when the two ranges share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies inside `outer`. */
export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Orders spans by start, then longer first, so nested spans follow their container. */
export function compareSpans(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}

export interface SpanProblem {
  /** Where in the record: `entities[0].mentions[2]`. */
  path: string;
  start: number;
  end: number;
  expected: string;
  actual: string;
}

/**
 * Every object inside `record` that carries integer `start`/`end` and a string `text`
 * must satisfy `record.text.slice(start, end) === text`. Returns the ones that do not.
 */
export function checkSpans(record: { text: string }): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const root = record.text;
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, `${path}[${i}]`));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (path !== '' && Number.isInteger(o.start) && Number.isInteger(o.end) && typeof o.text === 'string') {
      const start = o.start as number;
      const end = o.end as number;
      const actual = start >= 0 && end >= start && end <= root.length ? root.slice(start, end) : '';
      if (actual !== o.text || end > root.length || start < 0 || end < start) {
        problems.push({ path, start, end, expected: o.text, actual });
      }
    }
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') walk(v, path ? `${path}.${k}` : k);
  };
  walk(record, '');
  return problems;
}

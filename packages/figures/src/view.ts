import type { StageInput, Token } from '@dossier/core';
import type { Words } from './reader.js';

/** What every rule module reads: the tokens, their lower forms and glue, and the model's value types. */
export interface DocView {
  text: string;
  tokens: readonly Token[];
  words: Words;
  /** Per token: the tokenizer model's value type covering it (DATE, DURATION, TIME, ORDINAL, ...), or undefined. */
  valueType: ReadonlyArray<string | undefined>;
  /** Per token: index of the value span covering it, or -1. */
  valueIndex: Int32Array;
  doc: StageInput;
}

export function viewOf(doc: StageInput): DocView {
  const tokens = doc.tokens;
  const n = tokens.length;
  const lower = new Array<string>(n);
  const glued = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    lower[i] = t.lower;
    glued[i] = i > 0 && tokens[i - 1]!.end === t.start;
  }
  const valueType = new Array<string | undefined>(n);
  const valueIndex = new Int32Array(n).fill(-1);
  doc.values.forEach((v, vi) => {
    for (let i = v.firstToken; i < v.endToken && i < n; i++) {
      valueType[i] = v.type;
      valueIndex[i] = vi;
    }
  });
  return { text: doc.text, tokens, words: { lower, glued }, valueType, valueIndex, doc };
}

export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** Index of the first token that starts at or after character `offset` (the token count when none). */
export function tokenAtOrAfter(v: DocView, offset: number): number {
  let lo = 0;
  let hi = v.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

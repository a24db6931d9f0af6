import type { DossierRecord } from '@dossier/core';
import { offsetMap } from '../codepoints.js';
import { labelledSpans } from '../spans.js';
import { articleMeta } from './types.js';

export interface ProdigyTask {
  text: string;
  spans: Array<{ start: number; end: number; label: string }>;
  meta: Record<string, string>;
}

/**
 * Prodigy's JSONL task format: `{"text", "spans": [{start, end, label}], "meta"}` per line, character
 * offsets (code points, end exclusive). Claims hold entities and figures, so spans overlap: load the
 * file with `spans.manual` (overlapping spans); `ner.manual` accepts only non-overlapping ones.
 * Prodigy's relation UI needs token indices, which a record does not always carry, so the
 * claim → speaker link is not part of this export (doccano, Label Studio and brat carry it).
 */
export function toProdigyTasks(records: readonly DossierRecord[]): ProdigyTask[] {
  return records.map((r) => {
    const map = offsetMap(r.text);
    const spans = labelledSpans(r).spans.map((s) => ({ start: map.toCodePoint(s.start), end: map.toCodePoint(s.end), label: s.label }));
    return { text: r.text, spans, meta: articleMeta(r) };
  });
}

export function toProdigy(records: readonly DossierRecord[]): string {
  return toProdigyTasks(records).map((t) => JSON.stringify(t) + '\n').join('');
}

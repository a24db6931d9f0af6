import type { DossierRecord } from '@dossier/core';
import { offsetMap } from '../codepoints.js';
import { SPEAKER_RELATION } from '../labels.js';
import { labelledSpans } from '../spans.js';

/**
 * doccano's sequence-labelling JSONL: `{"text", "label": [[start, end, label]]}` per line (code point
 * offsets, end exclusive). Other keys become the example's metadata in doccano; `article` names
 * the Dossier article. Create the project with "Allow overlapping entity": claims hold entities.
 */
export function toDoccano(records: readonly DossierRecord[]): string {
  return records
    .map((r) => {
      const map = offsetMap(r.text);
      const label = labelledSpans(r).spans.map((s) => [map.toCodePoint(s.start), map.toCodePoint(s.end), s.label] as const);
      return JSON.stringify({ text: r.text, label, article: r.id }) + '\n';
    })
    .join('');
}

/**
 * doccano's relation-extraction JSONL (project with "Use relation labeling"):
 * `{"text", "entities": [{id, label, start_offset, end_offset}], "relations": [{id, from_id, to_id, type}]}`,
 * with one `said_by` relation from each CLAIM to its SPEAKER.
 */
export function toDoccanoRelations(records: readonly DossierRecord[]): string {
  return records
    .map((r) => {
      const map = offsetMap(r.text);
      const { spans, links } = labelledSpans(r);
      const ids = new Map(spans.map((s, i) => [s.id, i + 1]));
      const entities = spans.map((s, i) => ({ id: i + 1, label: s.label, start_offset: map.toCodePoint(s.start), end_offset: map.toCodePoint(s.end) }));
      const relations = links.map((l, i) => ({ id: i + 1, from_id: ids.get(l.claim)!, to_id: ids.get(l.speaker)!, type: SPEAKER_RELATION }));
      return JSON.stringify({ text: r.text, entities, relations, article: r.id }) + '\n';
    })
    .join('');
}

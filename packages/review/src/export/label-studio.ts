import type { DossierRecord } from '@dossier/core';
import { offsetMap } from '../codepoints.js';
import { LABEL_COLOURS, LABELS, SPEAKER_RELATION } from '../labels.js';
import { labelledSpans } from '../spans.js';
import { articleMeta } from './types.js';

/** Names of the tags in the labelling config; every result's from_name/to_name refer to them. */
export const LS_LABELS_NAME = 'label';
export const LS_TEXT_NAME = 'text';

export interface LabelStudioRegion {
  id: string;
  from_name: string;
  to_name: string;
  type: 'labels';
  value: { start: number; end: number; text: string; labels: string[] };
}

export interface LabelStudioRelation {
  from_id: string;
  to_id: string;
  type: 'relation';
  direction: 'right';
  labels: string[];
}

export interface LabelStudioTask {
  data: { text: string } & Record<string, string>;
  predictions: Array<{ model_version: string; result: Array<LabelStudioRegion | LabelStudioRelation> }>;
}

/**
 * Label Studio tasks with pre-annotations: `data.text` holds the text, each span is a `labels`
 * result whose `from_name`/`to_name` match `<Labels name="label" toName="text">` and
 * `<Text name="text" value="$text">` in `labelStudioConfig()`, and each claim → speaker link is a
 * `relation` result between region ids. Offsets are code points, end exclusive.
 */
export function toLabelStudioTasks(records: readonly DossierRecord[]): LabelStudioTask[] {
  return records.map((r) => {
    const map = offsetMap(r.text);
    const { spans, links } = labelledSpans(r);
    const regionId = (id: string): string => id.replace(/\./gu, '_');
    const result: Array<LabelStudioRegion | LabelStudioRelation> = spans.map((s) => ({
      id: regionId(s.id),
      from_name: LS_LABELS_NAME,
      to_name: LS_TEXT_NAME,
      type: 'labels',
      value: { start: map.toCodePoint(s.start), end: map.toCodePoint(s.end), text: s.text, labels: [s.label] },
    }));
    for (const l of links) {
      result.push({ from_id: regionId(l.claim), to_id: regionId(l.speaker), type: 'relation', direction: 'right', labels: [SPEAKER_RELATION] });
    }
    return { data: { text: r.text, ...articleMeta(r) }, predictions: [{ model_version: 'dossier', result }] };
  });
}

export function toLabelStudio(records: readonly DossierRecord[]): string {
  return JSON.stringify(toLabelStudioTasks(records), null, 1) + '\n';
}

/** The labelling config the tasks are made for: paste it into the project's Labeling Interface (Code). */
export function labelStudioConfig(): string {
  const labels = LABELS.map((l) => `    <Label value="${l}" background="${LABEL_COLOURS[l]}"/>`).join('\n');
  return `<View>
  <Relations>
    <Relation value="${SPEAKER_RELATION}"/>
  </Relations>
  <Labels name="${LS_LABELS_NAME}" toName="${LS_TEXT_NAME}">
${labels}
  </Labels>
  <Text name="${LS_TEXT_NAME}" value="$text"/>
</View>
`;
}

import { compareSpans } from '@dossier/core';
import type { DossierRecord } from '@dossier/core';
import { LABELS, type Label } from './labels.js';

/** One labelled span of an article, as every export writes it. Offsets are UTF-16 (Dossier's own). */
export interface LabelledSpan {
  /** Stable within the article: `e2.m0` (mention 0 of entity e2), `f3`, `c1`, `s1` (speaker). */
  id: string;
  label: Label;
  start: number;
  end: number;
  text: string;
}

/** A claim and the span of its speaker (both ids of `LabelledSpan`s). */
export interface SpeakerLink {
  claim: string;
  speaker: string;
}

export interface ArticleSpans {
  spans: LabelledSpan[];
  links: SpeakerLink[];
}

const labelRank = (l: Label): number => LABELS.indexOf(l);

/**
 * The record's annotations as flat labelled spans, in text order (outer spans before the spans
 * they hold, then by label). A speaker named once for two quotes ("…," Trump told him. "…") is
 * one SPEAKER span linked to both claims.
 */
export function labelledSpans(record: DossierRecord): ArticleSpans {
  const spans: LabelledSpan[] = [];
  for (const e of record.entities) {
    e.mentions.forEach((m, i) => spans.push({ id: `${e.id}.m${i}`, label: e.type, start: m.start, end: m.end, text: m.text }));
  }
  for (const f of record.figures) spans.push({ id: f.id, label: 'FIGURE', start: f.start, end: f.end, text: f.text });
  const links: SpeakerLink[] = [];
  const speakers = new Map<string, LabelledSpan>();
  for (const c of record.claims) {
    spans.push({ id: c.id, label: 'CLAIM', start: c.start, end: c.end, text: c.text });
    if (!c.speaker) continue;
    const key = `${c.speaker.start}:${c.speaker.end}`;
    let s = speakers.get(key);
    if (!s) {
      s = { id: `s${speakers.size + 1}`, label: 'SPEAKER', start: c.speaker.start, end: c.speaker.end, text: c.speaker.text };
      speakers.set(key, s);
      spans.push(s);
    }
    links.push({ claim: c.id, speaker: s.id });
  }
  spans.sort((a, b) => compareSpans(a, b) || labelRank(a.label) - labelRank(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { spans, links };
}

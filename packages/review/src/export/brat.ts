import type { DossierRecord } from '@dossier/core';
import { offsetMap } from '../codepoints.js';
import { LABEL_COLOURS, LABELS, SPEAKER_RELATION } from '../labels.js';
import { pathForId } from '../paths.js';
import { labelledSpans } from '../spans.js';
import type { ExportFile } from './types.js';

/**
 * Characters that end a line for brat: it reads `.ann` files line by line with Python's
 * `splitlines`, which also breaks at \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029.
 */
const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+/gu;

/**
 * A span as brat fragments: the text of a `.ann` line cannot hold a line break, so a span that
 * crosses one (a quote running over two paragraphs) becomes the discontinuous span
 * `start end;start end` of its lines, whose text brat expects joined by single spaces.
 */
export function bratFragments(text: string, start: number, end: number): Array<[number, number]> {
  const fragments: Array<[number, number]> = [];
  const push = (s: number, e: number): void => {
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) fragments.push([s, e]);
  };
  const slice = text.slice(start, end);
  let from = 0;
  for (const m of slice.matchAll(LINE_BREAK)) {
    push(start + from, start + m.index);
    from = m.index + m[0].length;
  }
  if (from === 0) return [[start, end]];
  push(start + from, end);
  return fragments;
}

/** The `.ann` standoff of one record: T lines for spans, R lines `said_by Arg1:<claim> Arg2:<speaker>`. */
export function toBratAnn(record: DossierRecord): string {
  const map = offsetMap(record.text);
  const { spans, links } = labelledSpans(record);
  const tid = new Map<string, string>();
  const lines: string[] = [];
  spans.forEach((s, i) => {
    const id = `T${i + 1}`;
    tid.set(s.id, id);
    const frags = bratFragments(record.text, s.start, s.end);
    const offsets = frags.map(([a, b]) => `${map.toCodePoint(a)} ${map.toCodePoint(b)}`).join(';');
    lines.push(`${id}\t${s.label} ${offsets}\t${frags.map(([a, b]) => record.text.slice(a, b)).join(' ')}`);
  });
  links.forEach((l, i) => lines.push(`R${i + 1}\t${SPEAKER_RELATION} Arg1:${tid.get(l.claim)} Arg2:${tid.get(l.speaker)}`));
  return lines.map((l) => l + '\n').join('');
}

/** brat's collection configuration for these labels (annotation.conf, visual.conf). */
export function bratConfig(): ExportFile[] {
  const annotation = `[entities]\n${LABELS.join('\n')}\n\n[relations]\n${SPEAKER_RELATION}\tArg1:CLAIM, Arg2:SPEAKER\n# Claims hold entities and figures, and speakers coincide with people: let any span overlap any other.\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n`;
  const visual = `[labels]\n${LABELS.join('\n')}\n${SPEAKER_RELATION} | said by\n\n[drawing]\n${LABELS.map((l) => `${l}\tbgColor:${LABEL_COLOURS[l]}`).join('\n')}\n`;
  return [
    { path: 'annotation.conf', contents: annotation },
    { path: 'visual.conf', contents: visual },
  ];
}

/** A brat collection: `<id>.txt` holding the text exactly and `<id>.ann` beside it, plus the config. */
export function toBrat(records: readonly DossierRecord[]): ExportFile[] {
  const files: ExportFile[] = [];
  for (const r of records) {
    const base = pathForId(r.id);
    files.push({ path: `${base}.txt`, contents: r.text }, { path: `${base}.ann`, contents: toBratAnn(r) });
  }
  return [...files, ...bratConfig()];
}

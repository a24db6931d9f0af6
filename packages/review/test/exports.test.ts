/**
 * Each export is written to disk, read back the way its tool reads it, and every span is checked
 * against the text: offsets are code points (Python's str indexing), ends exclusive.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { DossierRecord } from '@dossier/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFiles, type ExportFormat } from '../src/export/index.js';
import { bratFragments } from '../src/export/brat.js';
import { astralRecord, callRecord, fixtureRecords, hostileRecord } from './fixtures.js';

const records: DossierRecord[] = [...fixtureRecords, hostileRecord];
const byId = new Map(records.map((r) => [r.id, r]));
const LABELS = ['PERSON', 'PLACE', 'ORG', 'FIGURE', 'CLAIM', 'SPEAKER'];

/** Python's text[start:end]. */
const py = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

/** What every export must hold for a record: label + text of each span, speakers once per span. */
function expected(r: DossierRecord): string[] {
  const out: string[] = [];
  for (const e of r.entities) for (const m of e.mentions) out.push(`${e.type}|${m.text}`);
  for (const f of r.figures) out.push(`FIGURE|${f.text}`);
  for (const c of r.claims) out.push(`CLAIM|${c.text}`);
  const speakers = new Map<string, string>();
  for (const c of r.claims) if (c.speaker) speakers.set(`${c.speaker.start}:${c.speaker.end}`, c.speaker.text);
  for (const t of speakers.values()) out.push(`SPEAKER|${t}`);
  return out.sort();
}

/** Claim text → speaker text pairs the relation forms must carry. */
function expectedLinks(r: DossierRecord): string[] {
  return r.claims.filter((c) => c.speaker).map((c) => `${c.text}→${c.speaker!.text}`).sort();
}

let dir: string;
const written = new Map<ExportFormat, string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-export-'));
  for (const format of EXPORT_FORMATS) {
    const out = join(dir, format);
    for (const f of exportFiles(format, records)) {
      mkdirSync(dirname(join(out, f.path)), { recursive: true });
      writeFileSync(join(out, f.path), f.contents);
    }
    written.set(format, out);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jsonl = (path: string): Array<Record<string, unknown>> =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('hand-counted spans of the call story', () => {
  it('has 11 mentions, 3 figures, 6 claims and 5 distinct speaker spans', () => {
    // Speakers: The Associated Press, Donald Trump, officials, Trump (two quotes), Peña Nieto.
    expect(expected(callRecord)).toHaveLength(25);
    expect(expectedLinks(callRecord)).toHaveLength(6);
  });
});

describe('Prodigy JSONL', () => {
  it('has one task per article with text, spans {start, end, label} and meta', () => {
    const tasks = jsonl(join(written.get('prodigy')!, 'prodigy.jsonl'));
    expect(tasks).toHaveLength(records.length);
    for (const t of tasks) {
      const meta = t.meta as Record<string, string>;
      const r = byId.get(meta.article!)!;
      expect(t.text).toBe(r.text);
      const spans = t.spans as Array<{ start: number; end: number; label: string }>;
      for (const s of spans) {
        expect(Object.keys(s).sort()).toEqual(['end', 'label', 'start']);
        expect(s.end).toBeGreaterThan(s.start);
        expect(LABELS).toContain(s.label);
      }
      expect(spans.map((s) => `${s.label}|${py(r.text, s.start, s.end)}`).sort()).toEqual(expected(r));
    }
  });

  it('counts code points after an emoji: "Ebrard" in the title is [19, 25), not the JS [20, 26)', () => {
    const tasks = jsonl(join(written.get('prodigy')!, 'prodigy.jsonl'));
    const t = tasks.find((x) => (x.meta as Record<string, string>).article === astralRecord.id)!;
    const spans = t.spans as Array<{ start: number; end: number; label: string }>;
    expect(spans.find((s) => s.label === 'PERSON' && s.start < 30)).toEqual({ start: 19, end: 25, label: 'PERSON' });
  });
});

describe('doccano JSONL', () => {
  it('sequence labelling: {"text", "label": [[start, end, label]]}', () => {
    const lines = jsonl(join(written.get('doccano')!, 'doccano.jsonl'));
    expect(lines).toHaveLength(records.length);
    for (const l of lines) {
      const r = byId.get(l.article as string)!;
      expect(l.text).toBe(r.text);
      const labels = l.label as Array<[number, number, string]>;
      for (const x of labels) expect(x).toHaveLength(3);
      expect(labels.map(([s, e, label]) => `${label}|${py(r.text, s, e)}`).sort()).toEqual(expected(r));
    }
  });

  it('relation form: entities with start_offset/end_offset and said_by relations from each claim to its speaker', () => {
    const lines = jsonl(join(written.get('doccano')!, 'doccano-relations.jsonl'));
    for (const l of lines) {
      const r = byId.get(l.article as string)!;
      const entities = l.entities as Array<{ id: number; label: string; start_offset: number; end_offset: number }>;
      const relations = l.relations as Array<{ id: number; from_id: number; to_id: number; type: string }>;
      expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
      expect(entities.map((e) => `${e.label}|${py(r.text, e.start_offset, e.end_offset)}`).sort()).toEqual(expected(r));
      const ent = new Map(entities.map((e) => [e.id, e]));
      const links = relations.map((x) => {
        expect(x.type).toBe('said_by');
        const from = ent.get(x.from_id)!;
        const to = ent.get(x.to_id)!;
        expect([from.label, to.label]).toEqual(['CLAIM', 'SPEAKER']);
        return `${py(r.text, from.start_offset, from.end_offset)}→${py(r.text, to.start_offset, to.end_offset)}`;
      });
      expect(links.sort()).toEqual(expectedLinks(r));
    }
  });
});

describe('Label Studio JSON', () => {
  const config = (): string => readFileSync(join(written.get('label-studio')!, 'label-studio-config.xml'), 'utf8');

  it('the config names the tags the results refer to, and every label', () => {
    const c = config();
    expect(c).toMatch(/<Labels name="label" toName="text">/u);
    expect(c).toMatch(/<Text name="text" value="\$text"\/>/u);
    expect(c).toMatch(/<Relation value="said_by"\/>/u);
    for (const l of LABELS) expect(c).toContain(`<Label value="${l}"`);
  });

  it('is an array of tasks {data: {text}, predictions: [{result}]} whose regions slice back to their text', () => {
    const tasks = JSON.parse(readFileSync(join(written.get('label-studio')!, 'label-studio.json'), 'utf8')) as Array<{
      data: Record<string, string>;
      predictions: Array<{ model_version: string; result: Array<Record<string, unknown>> }>;
    }>;
    expect(Array.isArray(tasks)).toBe(true);
    expect(tasks).toHaveLength(records.length);
    for (const t of tasks) {
      const r = byId.get(t.data.article!)!;
      expect(t.data.text).toBe(r.text);
      expect(t.predictions).toHaveLength(1);
      const result = t.predictions[0]!.result;
      const regions = result.filter((x) => x.type === 'labels') as Array<{ id: string; from_name: string; to_name: string; value: { start: number; end: number; text: string; labels: string[] } }>;
      const ids = new Map(regions.map((x) => [x.id, x]));
      expect(ids.size).toBe(regions.length);
      for (const x of regions) {
        expect([x.from_name, x.to_name]).toEqual(['label', 'text']);
        expect(x.value.labels).toHaveLength(1);
        expect(py(r.text, x.value.start, x.value.end)).toBe(x.value.text);
      }
      expect(regions.map((x) => `${x.value.labels[0]}|${x.value.text}`).sort()).toEqual(expected(r));
      const relations = result.filter((x) => x.type === 'relation') as Array<{ from_id: string; to_id: string; direction: string; labels: string[] }>;
      const links = relations.map((x) => {
        expect(x.direction).toBe('right');
        expect(x.labels).toEqual(['said_by']);
        const from = ids.get(x.from_id)!;
        const to = ids.get(x.to_id)!;
        expect([from.value.labels[0], to.value.labels[0]]).toEqual(['CLAIM', 'SPEAKER']);
        return `${from.value.text}→${to.value.text}`;
      });
      expect(links.sort()).toEqual(expectedLinks(r));
    }
  });
});

describe('brat standoff', () => {
  const files = (): string[] => {
    const out: string[] = [];
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else out.push(relative(written.get('brat')!, p));
      }
    };
    walk(written.get('brat')!);
    return out.sort();
  };

  /** Reads an .ann like brat: ID TAB "TYPE offsets" TAB text, the text as long as the fragments joined by spaces. */
  function readAnn(ann: string, text: string): { spans: Map<string, { type: string; fragments: Array<[number, number]>; text: string }>; relations: Array<[string, string, string]> } {
    const spans = new Map<string, { type: string; fragments: Array<[number, number]>; text: string }>();
    const relations: Array<[string, string, string]> = [];
    for (const line of ann.split('\n')) {
      if (line === '') continue;
      expect(line).not.toMatch(/[\r\v\f\x1c-\x1e\x85\u2028\u2029]/u);
      const [id, data, ...tail] = line.split('\t');
      if (id!.startsWith('T')) {
        const [type, ...rest] = data!.split(' ');
        const fragments = rest
          .join(' ')
          .split(';')
          .map((f) => f.split(' ').map(Number) as [number, number]);
        const spanText = tail.join('\t');
        expect(spanText).toBe(fragments.map(([s, e]) => py(text, s, e)).join(' '));
        fragments.forEach(([s, e], i) => {
          expect(e).toBeGreaterThan(s);
          if (i > 0) expect(s).toBeGreaterThan(fragments[i - 1]![1]);
        });
        spans.set(id!, { type: type!, fragments, text: spanText });
      } else if (id!.startsWith('R')) {
        const m = /^(\S+) Arg1:(T\d+) Arg2:(T\d+)$/u.exec(data!);
        expect(m).not.toBeNull();
        relations.push([m![1]!, m![2]!, m![3]!]);
      } else throw new Error(`unexpected line ${line}`);
    }
    return { spans, relations };
  }

  it('writes <id>.txt with the text exactly and <id>.ann beside it, plus annotation.conf and visual.conf', () => {
    const list = files();
    expect(list).toContain('annotation.conf');
    expect(list).toContain('visual.conf');
    for (const r of records) {
      expect(readFileSync(join(written.get('brat')!, `${r.id}.txt`), 'utf8')).toBe(r.text);
      expect(list).toContain(`${r.id}.ann`);
    }
    const conf = readFileSync(join(written.get('brat')!, 'annotation.conf'), 'utf8');
    for (const l of LABELS) expect(conf).toMatch(new RegExp(`^${l}$`, 'mu'));
    expect(conf).toMatch(/^said_by\tArg1:CLAIM, Arg2:SPEAKER$/mu);
  });

  it('every T line slices back; a quote over two paragraphs is the discontinuous span of its two lines', () => {
    for (const r of records) {
      const { spans, relations } = readAnn(readFileSync(join(written.get('brat')!, `${r.id}.ann`), 'utf8'), r.text);
      // Joined fragments drop the line breaks, so compare with them turned into one space.
      const flat = (t: string): string => t.replace(/\s*\n+\s*/gu, ' ');
      expect([...spans.values()].map((s) => `${s.type}|${s.text}`).sort()).toEqual(expected(r).map(flat).sort());
      const links = relations.map(([type, a, b]) => {
        expect(type).toBe('said_by');
        expect([spans.get(a)!.type, spans.get(b)!.type]).toEqual(['CLAIM', 'SPEAKER']);
        return `${spans.get(a)!.text}→${spans.get(b)!.text}`;
      });
      expect(links.sort()).toEqual(expectedLinks(r).map(flat).sort());
    }
    const call = readAnn(readFileSync(join(written.get('brat')!, `${callRecord.id}.ann`), 'utf8'), callRecord.text);
    const multi = [...call.spans.values()].filter((s) => s.fragments.length > 1);
    expect(multi.map((s) => s.text)).toEqual(['We had a productive and constructive call. Both leaders agreed to keep talking. Our border is 2,000 miles long and we will manage it together,']);
  });

  it('splits at every line break Python splitlines knows, trimming the whitespace around it', () => {
    const text = 'one two\r\nthree\u2028four  \n\n  five';
    expect(bratFragments(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual(['one two', 'three', 'four', 'five']);
    expect(bratFragments('no break here', 3, 8)).toEqual([[3, 8]]);
  });
});

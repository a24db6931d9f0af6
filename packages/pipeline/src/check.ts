import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkSpans, validateRecord } from '@dossier/core';

export interface CheckReport {
  file: string;
  records: number;
  spans: number;
  problems: string[];
}

/**
 * Checks an articles JSONL file line by line: each record against the published JSON Schema, and
 * every span against its record's text (`text.slice(start, end) === span.text`).
 */
export async function checkFile(file: string, maxProblems = 20): Promise<CheckReport> {
  const report: CheckReport = { file, records: 0, spans: 0, problems: [] };
  const note = (line: number, what: string): void => {
    if (report.problems.length < maxProblems) report.problems.push(`${file}:${line} ${what}`);
  };
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (e) {
      note(line, `not JSON: ${(e as Error).message}`);
      continue;
    }
    report.records++;
    for (const p of validateRecord(record)) note(line, `schema: ${p}`);
    if (record && typeof record === 'object' && typeof (record as { text?: unknown }).text === 'string') {
      const problems = checkSpans(record as { text: string });
      report.spans += countSpans(record);
      for (const p of problems) note(line, `${p.path}: text.slice(${p.start}, ${p.end}) is ${JSON.stringify(p.actual)}, span says ${JSON.stringify(p.expected)}`);
    }
  }
  return report;
}

function countSpans(node: unknown, top = true): number {
  if (Array.isArray(node)) return node.reduce((n: number, x) => n + countSpans(x, false), 0);
  if (!node || typeof node !== 'object') return 0;
  const o = node as Record<string, unknown>;
  const self = !top && Number.isInteger(o.start) && Number.isInteger(o.end) && typeof o.text === 'string' ? 1 : 0;
  return Object.values(o).reduce((n: number, v) => n + (v && typeof v === 'object' ? countSpans(v, false) : 0), self);
}

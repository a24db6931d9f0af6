import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkSpans, validateRecord } from '@dossier/core';
import type { CorpusEntity, DossierRecord, FigureGroup, SpeakerClaims } from '@dossier/core';
import { ReviewError } from './errors.js';

/** The corpus-level files the pipeline writes next to `articles.jsonl`; each may be missing. */
export interface CorpusFiles {
  entities?: CorpusEntity[];
  figures?: FigureGroup[];
  claims?: SpeakerClaims[];
}

function assertReadableFile(path: string, what: string, hint = ''): void {
  if (!existsSync(path)) throw new ReviewError(`${what} ${path} does not exist.${hint}`);
  if (!statSync(path).isFile()) throw new ReviewError(`${what} ${path} is not a file.`);
}

/** Every non-blank line of a JSONL file, parsed, with its 1-based line number. */
export async function* readJsonl(path: string): AsyncGenerator<{ line: number; value: unknown }> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const text = n === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ReviewError(`${path} line ${n} is not JSON (${(e as Error).message}). Expected one JSON object per line (JSONL).`);
    }
    yield { line: n, value };
  }
}

/**
 * Reads `articles.jsonl`. Every record must match the Dossier schema and every span must slice back
 * to its text: exports copy offsets verbatim, so a broken record would become a broken export.
 */
export async function readRecords(path: string): Promise<DossierRecord[]> {
  assertReadableFile(path, 'Input', ' Run `pnpm extract` first, or pass --in FILE.jsonl.');
  const records: DossierRecord[] = [];
  const seen = new Set<string>();
  for await (const { line, value } of readJsonl(path)) {
    const where = `${path} line ${line}`;
    const problems = validateRecord(value);
    if (problems.length) {
      const hint = value && typeof value === 'object' && !('text' in value) ? ' This does not look like articles.jsonl (no "text").' : '';
      throw new ReviewError(`${where} is not a Dossier article record: ${problems.slice(0, 3).join('; ')}.${hint}`);
    }
    const record = value as DossierRecord;
    const spans = checkSpans(record);
    if (spans.length) {
      const p = spans[0]!;
      throw new ReviewError(`${where} (${record.id}): ${spans.length} span(s) do not match the text, first ${p.path} [${p.start}, ${p.end}) is ${JSON.stringify(p.actual)} not ${JSON.stringify(p.expected)}.`);
    }
    if (seen.has(record.id)) throw new ReviewError(`${where}: article id ${JSON.stringify(record.id)} appears twice.`);
    seen.add(record.id);
    records.push(record);
  }
  return records;
}

async function readList<T>(path: string, keys: readonly string[]): Promise<T[] | undefined> {
  if (!existsSync(path)) return undefined;
  const out: T[] = [];
  // An empty file is treated as missing (a run interrupted while writing it, or an older pipeline):
  // the page then groups the records itself, which gives nothing when there is nothing.
  for await (const { line, value } of readJsonl(path)) {
    if (!value || typeof value !== 'object' || keys.some((k) => !(k in value))) {
      throw new ReviewError(`${path} line ${line} lacks ${keys.join('/')}: not a Dossier corpus file.`);
    }
    out.push(value as T);
  }
  return out.length ? out : undefined;
}

/** Reads entities.jsonl, figures.jsonl and claims.jsonl from the folder of `articlesPath`, when present. */
export async function readCorpusFiles(articlesPath: string): Promise<CorpusFiles> {
  const dir = dirname(articlesPath);
  const files: CorpusFiles = {};
  const entities = await readList<CorpusEntity>(join(dir, 'entities.jsonl'), ['type', 'name', 'articles']);
  const figures = await readList<FigureGroup>(join(dir, 'figures.jsonl'), ['key', 'measure', 'figures']);
  const claims = await readList<SpeakerClaims>(join(dir, 'claims.jsonl'), ['speaker', 'claims']);
  if (entities) files.entities = entities;
  if (figures) files.figures = figures;
  if (claims) files.claims = claims;
  return files;
}

/** Reads a whole JSON file (decisions, a Label Studio export) with a readable error. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  assertReadableFile(path, what);
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/u, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ReviewError(`${what} ${path} is not JSON (${(e as Error).message}).`);
  }
}

import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import PQueue from 'p-queue';
import { DEFAULT_MAX_ARTICLE_BYTES, type ErrorRecord, type RawInput } from '@dossier/core';
import { checkInputs, discoverInputs, UsageError, type Found } from './discover.js';
import { defaultWorkers, inlineExecutor, poolExecutor, type Executor } from './executor.js';
import { exists, LineFile, removeFile, replaceFile, writeWholeFile } from './files.js';
import type { Outcome, OutcomeCounts } from './outcome.js';
import { unitsOf } from './read.js';
import { writeCorpusFiles } from './corpus-files.js';
import { pipelineVersion } from './version.js';

export interface RunOptions {
  /** Files or folders to read (folders recursively). */
  inputs: string[];
  /** Where articles.jsonl goes; errors.jsonl and the corpus files go beside it. */
  out: string;
  /** How many files are read at once (bounded I/O). */
  concurrency?: number;
  /** Worker threads for the CPU-bound stages; 0 runs them on the main thread. */
  workers?: number;
  tokens?: boolean;
  maxBytes?: number;
  /** Continue an interrupted run from its checkpoint. */
  resume?: boolean;
  /** Reuse the previous output's record for inputs whose bytes and pipeline version are unchanged. */
  incremental?: boolean;
  /** Per-article time limit with worker threads. */
  timeoutMs?: number;
  /** Write entities.jsonl, figures.jsonl and claims.jsonl (default true). */
  corpusFiles?: boolean;
  /** Called after each article is written, in input order. */
  onProgress?: (p: Progress) => void;
  /** Replaces the local executor (the queue collector uses this). */
  executor?: Executor;
  /** Articles read and in processing at once (default: 8 per worker thread, at least 16). */
  maxInFlight?: number;
}

export interface Progress {
  done: number;
  bytesDone: number;
  bytesTotal: number;
  articles: number;
  errors: number;
}

export interface RunSummary extends OutcomeCounts {
  articles: number;
  errors: number;
  errorsByReason: Record<string, number>;
  reused: number;
  resumedFrom: number;
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  workers: number;
  files: { articles: string; errors: string; corpus: string[] };
}

interface Checkpoint {
  version: string;
  options: string;
  done: number;
  keysDigest: string;
  articlesBytes: number;
  errorsBytes: number;
  summary: Omit<RunSummary, 'seconds' | 'mbPerSecond' | 'workers' | 'files' | 'resumedFrom'>;
}

interface PreviousRecord {
  sha256: string;
  offset: number;
  length: number;
}

/** A checkpoint (fsync of the partial files + a small JSON file) every 2 s or 200 articles, whichever comes first. */
const CHECKPOINT_EVERY_MS = 2000;
const CHECKPOINT_EVERY_UNITS = 200;

const hidden = (out: string, suffix: string): string => join(dirname(out), `.${basename(out)}.${suffix}`);

/**
 * Runs the pipeline over a corpus: discovers the inputs, reads them with bounded concurrency,
 * processes them on worker threads, and writes one record per article in input order. Records and
 * errors go to hidden partial files with a checkpoint; they replace the outputs atomically at the
 * end, so a killed run never leaves a truncated output, and `resume` picks up where it stopped.
 */
export async function runCorpus(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const out = options.out;
  const dir = dirname(out);
  const errorsPath = join(dir, 'errors.jsonl');
  const partialArticles = hidden(out, 'partial');
  const partialErrors = hidden(errorsPath, 'partial');
  const checkpointPath = hidden(out, 'checkpoint.json');
  const manifestPath = hidden(out, 'manifest.json');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const workers = options.workers ?? defaultWorkers();
  const version = pipelineVersion();
  // Options that change what a record holds: a resume or reuse across them would mix outputs.
  const optionsKey = JSON.stringify({ tokens: !!options.tokens, maxBytes });

  await checkInputs(options.inputs);
  const found: Found[] = [];
  for await (const f of discoverInputs(options.inputs)) found.push(f);
  const bytesTotal = found.reduce((n, f) => n + (f.kind === 'file' ? f.size : 0), 0);

  let checkpoint: Checkpoint | undefined;
  if (options.resume) {
    checkpoint = await readJson<Checkpoint>(checkpointPath);
    if (checkpoint && (checkpoint.version !== version || checkpoint.options !== optionsKey)) {
      throw new UsageError('the interrupted run used another pipeline version or other options; run again without --resume');
    }
    // Killed while publishing: the partial files are already (partly) in place, so start over.
    if (checkpoint && !((await exists(partialArticles)) && (await exists(partialErrors)))) checkpoint = undefined;
  }
  const previous = options.incremental ? await indexPrevious(out, manifestPath, version, optionsKey) : new Map<string, PreviousRecord>();
  const previousFile = previous.size > 0 ? await open(out, 'r') : undefined;

  const summary: Checkpoint['summary'] = checkpoint?.summary ?? {
    articles: 0, errors: 0, errorsByReason: {}, reused: 0, bytes: 0,
    chars: 0, sentences: 0, tokens: 0, entities: 0, mentions: 0, figures: 0, claims: 0,
  };
  const articles = await LineFile.open(partialArticles, checkpoint?.articlesBytes ?? 0);
  const errors = await LineFile.open(partialErrors, checkpoint?.errorsBytes ?? 0);
  const executor = options.executor ?? (workers > 0 ? poolExecutor(workers, { tokens: options.tokens, maxBytes }, options.timeoutMs ?? 120_000) : inlineExecutor({ tokens: options.tokens, maxBytes }));
  const reads = new PQueue({ concurrency: options.concurrency ?? 8 });
  const maxInFlight = options.maxInFlight ?? Math.max(16, workers * 8);

  let done = 0;
  let keysDigest = '';
  let bytesDone = 0;
  let lastCheckpoint = performance.now();
  let lastCheckpointDone = 0;
  const skip = checkpoint?.done ?? 0;
  const window: Array<{ key: string; size: number; result: Promise<Outcome | { reused: string }> }> = [];

  const saveCheckpoint = async (): Promise<void> => {
    const cp: Checkpoint = {
      version, options: optionsKey, done, keysDigest,
      articlesBytes: await articles.flush(true), errorsBytes: await errors.flush(true), summary,
    };
    await writeWholeFile(checkpointPath, JSON.stringify(cp));
    lastCheckpoint = performance.now();
    lastCheckpointDone = done;
  };

  const writeError = (error: ErrorRecord): void => {
    errors.append(JSON.stringify(error));
    summary.errors++;
    summary.errorsByReason[error.reason] = (summary.errorsByReason[error.reason] ?? 0) + 1;
  };

  const drainOne = async (): Promise<void> => {
    const item = window.shift()!;
    const result = await item.result;
    if ('reused' in result) {
      articles.append(result.reused);
      summary.articles++;
      summary.reused++;
      addCounts(summary, countsOf(result.reused));
    } else if (result.ok) {
      articles.append(result.line);
      summary.articles++;
      addCounts(summary, result.counts);
    } else {
      writeError(result.error);
    }
    summary.bytes += item.size;
    bytesDone += item.size;
    done++;
    keysDigest = digest(keysDigest, item.key);
    options.onProgress?.({ done, bytesDone, bytesTotal, articles: summary.articles, errors: summary.errors });
    if (done - lastCheckpointDone >= CHECKPOINT_EVERY_UNITS || performance.now() - lastCheckpoint > CHECKPOINT_EVERY_MS) await saveCheckpoint();
  };

  try {
    let index = 0;
    for await (const unit of unitsOf(found, maxBytes)) {
      if (index++ < skip) {
        keysDigest = digest(keysDigest, unit.key);
        bytesDone += unit.size;
        done++;
        if (done === skip && keysDigest !== checkpoint?.keysDigest) {
          throw new UsageError('the inputs changed since the interrupted run; run again without --resume');
        }
        continue;
      }
      const result = reads.add(unit.load).then(async (raw): Promise<Outcome | { reused: string }> => {
        if (!raw || 'reason' in raw) return { ok: false, error: raw as ErrorRecord };
        const reused = previousFile && (await reuse(previousFile, previous, raw as RawInput));
        return reused ? { reused } : executor.run(raw as RawInput);
      });
      window.push({ key: unit.key, size: unit.size, result });
      while (window.length >= maxInFlight) await drainOne();
    }
    while (window.length > 0) await drainOne();
    await saveCheckpoint();
  } finally {
    await executor.close();
    await previousFile?.close();
  }
  await articles.close();
  await errors.close();

  // Publish: each output replaced in one step; a kill between steps leaves each file whole.
  const corpus = options.corpusFiles === false ? [] : await writeCorpusFiles(partialArticles, dir);
  await replaceFile(partialErrors, errorsPath);
  await replaceFile(partialArticles, out);
  await writeWholeFile(manifestPath, JSON.stringify({ version, options: optionsKey }));
  await removeFile(checkpointPath);

  const seconds = (performance.now() - started) / 1000;
  return {
    ...summary,
    resumedFrom: skip,
    seconds,
    mbPerSecond: summary.bytes / 1048576 / Math.max(seconds, 1e-9),
    workers,
    files: { articles: out, errors: errorsPath, corpus },
  };
}

function digest(prev: string, key: string): string {
  return createHash('sha256').update(prev).update('\0').update(key).digest('hex');
}

function addCounts(into: OutcomeCounts, c: OutcomeCounts): void {
  into.chars += c.chars;
  into.sentences += c.sentences;
  into.tokens += c.tokens;
  into.entities += c.entities;
  into.mentions += c.mentions;
  into.figures += c.figures;
  into.claims += c.claims;
}

function countsOf(line: string): OutcomeCounts {
  const { stats } = JSON.parse(line) as { stats: OutcomeCounts };
  return stats;
}

async function readJson<T>(path: string): Promise<T | undefined> {
  if (!(await exists(path))) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Where each record of the previous output sits, by source, when it was made by this same version. */
async function indexPrevious(out: string, manifestPath: string, version: string, optionsKey: string): Promise<Map<string, PreviousRecord>> {
  const index = new Map<string, PreviousRecord>();
  const manifest = await readJson<{ version: string; options: string }>(manifestPath);
  if (!manifest || manifest.version !== version || manifest.options !== optionsKey || !(await exists(out))) return index;
  for await (const { line, offset } of linesWithOffsets(out)) {
    const { source, sha256 } = JSON.parse(line.toString('utf8')) as { source: string; sha256: string };
    index.set(source, { sha256, offset, length: line.length });
  }
  return index;
}

/** The lines of a file with their byte offsets, read in chunks so a large file never sits in memory. */
async function* linesWithOffsets(path: string): AsyncGenerator<{ line: Buffer; offset: number }> {
  const handle = await open(path, 'r');
  try {
    let carry = Buffer.alloc(0);
    let carryOffset = 0;
    const chunk = Buffer.alloc(1 << 20);
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      let data = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      let start = 0;
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, start)) {
        if (nl > start) yield { line: data.subarray(start, nl), offset: carryOffset + start };
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start));
      carryOffset += start;
      data = carry;
    }
    if (carry.length > 0) yield { line: carry, offset: carryOffset };
  } finally {
    await handle.close();
  }
}

async function reuse(file: Awaited<ReturnType<typeof open>>, previous: Map<string, PreviousRecord>, raw: RawInput): Promise<string | undefined> {
  const prev = previous.get(raw.source);
  if (!prev) return undefined;
  const sha = createHash('sha256').update(raw.bytes).digest('hex');
  if (sha !== prev.sha256) return undefined;
  const buf = Buffer.alloc(prev.length);
  await file.read(buf, 0, prev.length, prev.offset);
  return buf.toString('utf8');
}

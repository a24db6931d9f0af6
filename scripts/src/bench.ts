/**
 * `pnpm bench [--mb N] [--rounds N] [--big]`: throughput of the full pipeline against bare wink-nlp `readDoc`
 * over the same texts, measured in the same run (machines here are shared and noisy: the ratio is what counts).
 * --big generates a large corpus (50 MB and 200 MB) and runs the CLI on it to report peak memory.
 * --queue runs the same corpus through a private redis-server with 1 and 2 queue worker processes.
 * It also runs 1 and then 2 independent copies of the single-core pipeline as separate processes at once: what two
 * copies of this code gain on this machine is the ceiling for the worker threads' speed-up.
 * This is a benchmark, not a test.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawInput, StageInput } from '@dossier/core';
import { ingest } from '@dossier/ingest';
import { tokenize } from '@dossier/tokenize';
import { defaultStages, processInput, runCorpus } from '@dossier/pipeline';

const root = resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    big: { type: 'boolean', default: false },
    queue: { type: 'boolean', default: false },
    // Internal: one copy for the ceiling measure (warm up, print "ready", wait for a line, print seconds).
    solo: { type: 'boolean', default: false },
  },
});

/** The sample texts: the seeds and the GUM articles, as raw bytes. */
function sampleTexts(): Buffer[] {
  const dirs = [join(root, 'corpus'), join(root, 'corpus', 'gum-news')];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f))));
}

/** Repeats the samples until the corpus holds at least `mb` megabytes. */
function buildCorpus(mb: number): Buffer[] {
  const samples = sampleTexts();
  const out: Buffer[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1048576; i++) {
    const b = samples[i % samples.length]!;
    out.push(b);
    size += b.length;
  }
  return out;
}

const cli = join(root, 'packages', 'pipeline', 'dist', 'cli.js');

/** A private redis-server for the queue bench, on a port of its own. */
function startRedis(): { url: string; stop(): void } {
  const port = 6400 + (process.pid % 500);
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() !== 'PONG'; i++) {
    spawnSync('sleep', ['0.05']);
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => void server.kill() };
}

let redis: { url: string; stop(): void } | undefined;

/** Seconds for one collector run with `workers` queue worker processes (one thread each), workers started first. */
function queueRun(inDir: string, outDir: string, workers: number): number {
  redis ??= startRedis();
  spawnSync('redis-cli', ['-u', redis.url, 'flushall']);
  const procs = Array.from({ length: workers }, () => spawn(process.execPath, [cli, 'worker', '--queue', redis!.url, '--concurrency', '1'], { stdio: 'ignore' }));
  spawnSync('sleep', ['1.5']); // let them load the pipeline, as long-running workers would have
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, 'extract', '--quiet', '--in', inDir, '--out', join(outDir, 'articles.jsonl'), '--queue', redis.url, '--no-corpus-files']);
  const seconds = (performance.now() - t0) / 1000;
  for (const p of procs) p.kill('SIGTERM');
  return seconds;
}

/** How many copies of the measured corpus the whole-run rows (worker threads, queue) process. */
const RUN_COPIES = 4;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

const nlp = winkNLP(model);
const corpus = buildCorpus(Number(args.mb));
const texts = corpus.map((b) => b.toString('utf8'));
const raws: RawInput[] = corpus.map((bytes, i) => ({ id: `b${i}`, source: `b${i}.txt`, format: 'txt', bytes }));
const mb = corpus.reduce((n, b) => n + b.length, 0) / 1048576;
const rounds = Number(args.rounds);

if (args.solo) {
  for (const r of raws.slice(0, 60)) processInput(r);
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdout.write(`${time(() => raws.forEach((r) => processInput(r)))}\n`);
  process.exit(0);
}

/** Seconds until the slowest of `copies` independent single-core processes has run the whole corpus, started together. */
async function copiesRun(copies: number): Promise<number> {
  const procs = Array.from({ length: copies }, () =>
    spawn(process.execPath, [import.meta.filename, '--solo', '--mb', String(args.mb)], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const lineOf = (p: (typeof procs)[number]): Promise<string> => new Promise((resolve) => p.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  await Promise.all(procs.map(lineOf));
  const done = procs.map(lineOf);
  for (const p of procs) p.stdin.write('go\n');
  return Math.max(...(await Promise.all(done)).map(Number));
}

// Warm up both paths (JIT, lexicon loading) on a slice before measuring.
for (const r of raws.slice(0, 60)) processInput(r);
for (const t of texts.slice(0, 60)) nlp.readDoc(t);

let tokens = 0;
const baseline: number[] = [];
const pipeline: number[] = [];
const stages: Record<string, number[]> = { ingest: [], tokenize: [], ...Object.fromEntries(defaultStages.map((s) => [s.key, []])) };
for (let round = 0; round < rounds; round++) {
  baseline.push(time(() => texts.forEach((t) => nlp.readDoc(t))));
  pipeline.push(time(() => raws.forEach((r) => (tokens += processInput(r).stats.tokens))));
  // The same work stage by stage, to see where the time goes.
  const t: Record<string, number> = Object.fromEntries(Object.keys(stages).map((k) => [k, 0]));
  for (const r of raws) {
    let t0 = performance.now();
    const article = ingest(r);
    t.ingest! += performance.now() - t0;
    t0 = performance.now();
    const doc: StageInput = tokenize(article);
    t.tokenize! += performance.now() - t0;
    for (const s of defaultStages) {
      t0 = performance.now();
      Object.assign(doc, { [s.key]: s.run(doc) });
      t[s.key]! += performance.now() - t0;
    }
  }
  for (const k of Object.keys(stages)) stages[k]!.push(t[k]! / 1000);
}
tokens /= rounds;

const wink = median(baseline);
const full = median(pipeline);
/** A table row for `copies` times the corpus done in `seconds`. */
const row = (name: string, seconds: number, note = '', copies = 1): string =>
  `| ${name} | ${(mb * copies).toFixed(1)} | ${seconds.toFixed(2)} | ${((mb * copies) / seconds).toFixed(2)} | ${Math.round((tokens * copies) / seconds).toLocaleString('en-US')} | ${((wink * copies) / seconds).toFixed(2)} | ${note} |`;

const lines = [
  `Corpus: ${corpus.length} articles, ${mb.toFixed(1)} MB (seeds + GUM texts repeated); median of ${rounds} rounds; Node ${process.version}.`,
  '',
  '| measure | MB | s | MB/s | tokens/s | × wink | note |',
  '|---|---:|---:|---:|---:|---:|---|',
  row('bare wink-nlp readDoc (baseline)', wink, 'same texts, same run'),
  row('full pipeline, 1 core', full, 'ingest → tokenize → entities → figures → claims → record JSON'),
  ...Object.entries(stages).map(([k, v]) => row(`  stage: ${k}`, median(v), `${((100 * median(v)) / full).toFixed(0)}% of pipeline time`)),
];

// Pathological pages: one 200 KB line each (one sentence of ~40,000 tokens). Stages must stay near-linear.
const PATHOLOGICAL: Record<string, (i: number) => string> = {
  'words, no punctuation': (i) => ['stone', 'river', 'Mexico', 'cloud'][i % 4]!,
  'quotes and pronouns': (i) => ['“he', 'said', 'she', 'told', 'Reuters', 'that', 'it', 'was”', 'Trump'][i % 9]!,
  'numbers': (i) => ['over', String(1000 + i), 'troops', 'and', '$5', 'million', 'since', '2006'][i % 8]!,
};
const slow: string[] = [];
for (const [name, word] of Object.entries(PATHOLOGICAL)) {
  let text = '';
  for (let i = 0; text.length < 200_000; i++) text += (i ? ' ' : '') + word(i);
  const raw: RawInput = { id: 'p', source: 'p.txt', format: 'txt', bytes: Buffer.from(text) };
  slow.push(`| ${name} | ${(text.length / 1024).toFixed(0)} KB | ${time(() => processInput(raw)).toFixed(2)} s |`);
}

// Whole runs through the corpus runner (reading files, worker threads, writing JSONL), 1 and 2 workers.
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
try {
  // Whole runs on RUN_COPIES times the corpus: each worker thread compiles the hot code on its own, and on
  // 5 MB start-up and that warm-up hide most of what a second thread gives a long run.
  const inDir = join(dir, 'in');
  const runCorpusBytes = Array.from({ length: RUN_COPIES }, () => corpus).flat();
  const runMb = mb * RUN_COPIES;
  runCorpusBytes.forEach((b, i) => {
    const sub = join(inDir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `a${String(i).padStart(6, '0')}.txt`), b);
  });
  // Whole runs, and the same runs after the first record (threads loaded), which is what a long run sees.
  const runs: Record<number, number[]> = { 1: [], 2: [] };
  const steady: Record<number, number[]> = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round++) {
    for (const workers of [1, 2]) {
      let first: { t: number; bytes: number } | undefined;
      const s = await runCorpus({
        inputs: [inDir], out: join(dir, `out${workers}`, 'articles.jsonl'), workers, corpusFiles: false,
        onProgress: (p) => void (first ??= { t: performance.now(), bytes: p.bytesDone }),
      });
      runs[workers]!.push(s.seconds);
      steady[workers]!.push(((performance.now() - first!.t) / 1000) * (runMb / (runMb - first!.bytes / 1048576)));
    }
  }
  const w1 = median(runs[1]!);
  const w2 = median(runs[2]!);
  const s1 = median(steady[1]!);
  const s2 = median(steady[2]!);
  lines.push(row('extract run, 1 worker thread', w1, `files in, JSONL out; after start-up ${(runMb / s1).toFixed(2)} MB/s`, RUN_COPIES));
  lines.push(row('extract run, 2 worker threads', w2, `speed-up ${(w1 / w2).toFixed(2)}× (after start-up ${(runMb / s2).toFixed(2)} MB/s, ${(s1 / s2).toFixed(2)}×)`, RUN_COPIES));
  // The machine's own ceiling: two processes share nothing in software, so what they lose is the hardware's.
  const c1: number[] = [];
  const c2: number[] = [];
  for (let round = 0; round < rounds; round++) {
    c1.push(await copiesRun(1));
    c2.push(await copiesRun(2));
  }
  const ceiling = (2 * median(c1)) / median(c2);
  lines.push(row('ceiling: 2 separate single-core processes at once', median(c2) / 2, `each copy ${median(c2).toFixed(2)} s vs ${median(c1).toFixed(2)} s alone: the machine allows ${ceiling.toFixed(2)}× for 2 copies of this code`));
  if (args.queue) {
    for (const workers of [1, 2]) {
      const q = median(Array.from({ length: rounds }, () => queueRun(inDir, join(dir, `q${workers}`), workers)));
      lines.push(row(`extract --queue, ${workers} worker process${workers > 1 ? 'es' : ''}`, q, `${(w1 / q).toFixed(2)}× the local 1-worker run`, RUN_COPIES));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  redis?.stop();
}
lines.push('', '| pathological page (one line) | size | full pipeline |', '|---|---:|---:|', ...slow);
lines.push('', `Peak RSS of this bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`);

if (args.big) {
  lines.push('', '| big corpus | articles | MB | s | MB/s | peak RSS (MB) |', '|---|---:|---:|---:|---:|---:|');
  const samples = sampleTexts();
  for (const size of [50, 200]) {
    const big = mkdtempSync(join(tmpdir(), 'dossier-big-'));
    try {
      let bytes = 0;
      let n = 0;
      for (; bytes < size * 1048576; n++) {
        const sub = join(big, 'in', String(Math.floor(n / 1000)).padStart(3, '0'));
        if (n % 1000 === 0) mkdirSync(sub, { recursive: true });
        const b = samples[n % samples.length]!;
        writeFileSync(join(sub, `a${String(n).padStart(7, '0')}.txt`), b);
        bytes += b.length;
      }
      const t0 = performance.now();
      const out = execFileSync(process.execPath, [cli, 'extract', '--in', join(big, 'in'), '--out', join(big, 'out', 'articles.jsonl'), '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const seconds = (performance.now() - t0) / 1000;
      const rss = /peak memory (\d+) MB/.exec(out)?.[1] ?? '?';
      lines.push(`| generated ${size} MB | ${n} | ${(bytes / 1048576).toFixed(0)} | ${seconds.toFixed(1)} | ${(bytes / 1048576 / seconds).toFixed(2)} | ${rss} |`);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }
}

console.log(lines.join('\n'));

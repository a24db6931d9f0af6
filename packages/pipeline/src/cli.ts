#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './discover.js';
import { defaultWorkers } from './executor.js';
import { progressReporter } from './progress.js';
import { runCorpus, type RunSummary } from './run.js';

const int = (min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number >= ${min}`);
  return n;
};

const fmt = (n: number): string => n.toLocaleString('en-US');

function printSummary(s: RunSummary): void {
  const lines = [
    `Dossier extract: ${fmt(s.articles)} articles, ${fmt(s.errors)} errors in ${s.seconds.toFixed(1)} s ` +
      `(${(s.bytes / 1048576).toFixed(2)} MB, ${s.mbPerSecond.toFixed(2)} MB/s, ${s.workers < 0 ? 'queue workers' : s.workers === 0 ? 'main thread' : `${s.workers} workers`})`,
    `  sentences ${fmt(s.sentences)}  tokens ${fmt(s.tokens)}  entities ${fmt(s.entities)} (${fmt(s.mentions)} mentions)  figures ${fmt(s.figures)}  claims ${fmt(s.claims)}`,
  ];
  if (s.reused) lines.push(`  reused ${fmt(s.reused)} unchanged records (--incremental)`);
  if (s.resumedFrom) lines.push(`  resumed after ${fmt(s.resumedFrom)} inputs already done`);
  const reasons = Object.entries(s.errorsByReason).sort(([a], [b]) => (a < b ? -1 : 1));
  if (reasons.length) lines.push(`  errors by reason: ${reasons.map(([r, n]) => `${r} ${n}`).join(', ')} (details in ${s.files.errors})`);
  lines.push(`  peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  lines.push(`  wrote ${[s.files.articles, s.files.errors, ...s.files.corpus].join(', ')}`);
  console.log(lines.join('\n'));
}

const program = new Command('dossier')
  .description('Dossier: people, places, organisations, figures and claims from folders of news articles.')
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (str, write) => write(`dossier: ${str.replace(/^error: /, '')}`) });

program
  .command('extract')
  .description('annotate every article under the inputs and write JSONL')
  .option('--in <paths...>', 'files or folders to read (.txt, .md, .html, .jsonl; folders recursively)', ['corpus'])
  .option('--out <file>', 'articles JSONL to write; errors.jsonl and corpus files go beside it', 'output/articles.jsonl')
  .addOption(new Option('--concurrency <n>', 'files read at once').argParser(int(1)).default(8))
  .addOption(new Option('--workers <n>', 'worker threads for the annotation stages (0: main thread)').argParser(int(0)).default(defaultWorkers(), 'number of cores'))
  .option('--tokens', 'include every token in the records', false)
  .option('--resume', 'continue an interrupted run where it stopped', false)
  .option('--incremental', 'reuse records of inputs unchanged since the last run', false)
  .addOption(new Option('--max-article-mb <mb>', 'skip (and report) inputs larger than this').argParser(int(1)).default(5))
  .addOption(new Option('--timeout <seconds>', 'stop working on one article after this long').argParser(int(1)).default(120))
  .option('--no-corpus-files', 'do not write entities.jsonl, figures.jsonl and claims.jsonl')
  .option('--queue <url>', 'run the articles on queue workers through Redis (redis://HOST:PORT) instead of locally')
  .option('--quiet', 'no progress output', false)
  .action(async (opts: {
    in: string[]; out: string; concurrency: number; workers: number; tokens: boolean; resume: boolean; incremental: boolean;
    maxArticleMb: number; timeout: number; corpusFiles: boolean; quiet: boolean; queue?: string;
  }) => {
    const progress = progressReporter(process.stderr, opts.quiet);
    const maxBytes = opts.maxArticleMb * 1048576;
    // With --queue the articles go to remote workers; everything else (order, files, resume) is the local run's.
    const queue = opts.queue ? await (await import('./queue/index.js')).queueExecutor({ url: opts.queue, tokens: opts.tokens, maxBytes }) : undefined;
    const status = queue && !opts.quiet ? setInterval(() => void queue.status().then((s) => process.stderr.write(`queue: ${s.workers} workers, ${s.active} active, ${s.waiting} waiting\n`)), 5000) : undefined;
    let summary: RunSummary;
    try {
      summary = await runCorpus({
        ...(queue ? { executor: queue, maxInFlight: 512 } : {}),
        inputs: opts.in,
        out: opts.out,
        concurrency: opts.concurrency,
        workers: opts.workers,
        tokens: opts.tokens,
        resume: opts.resume,
        incremental: opts.incremental,
        maxBytes,
        timeoutMs: opts.timeout * 1000,
        corpusFiles: opts.corpusFiles,
        onProgress: (p) => progress.update(p),
      });
    } finally {
      if (status) clearInterval(status);
      progress.stop();
    }
    printSummary(queue ? { ...summary, workers: -1 } : summary);
    // Success unless nothing at all could be processed.
    if (summary.articles === 0 && summary.errors > 0) process.exitCode = 1;
  });

program
  .command('check')
  .description('check articles JSONL files: every record against the JSON Schema, every span against its text')
  .argument('[files...]', 'files to check', ['output/articles.jsonl'])
  .action(async (files: string[]) => {
    const { checkFile } = await import('./check.js');
    let bad = 0;
    for (const file of files) {
      const report = await checkFile(file).catch((e: NodeJS.ErrnoException) => {
        throw new UsageError(e.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${e.message}`);
      });
      for (const p of report.problems) console.error(p);
      console.log(`${file}: ${report.records} records, ${report.spans} spans checked, ${report.problems.length} problems`);
      if (report.problems.length) bad++;
    }
    if (bad) process.exitCode = 1;
  });

program
  .command('worker')
  .description('process articles from a Redis queue filled by `extract --queue` (run on any number of machines)')
  .requiredOption('--queue <url>', 'the Redis the collector uses (redis://HOST:PORT)')
  .addOption(new Option('--concurrency <n>', 'articles processed at once, one worker thread each').argParser(int(1)).default(defaultWorkers(), 'number of cores'))
  .addOption(new Option('--timeout <seconds>', 'per-article time limit; longer jobs are retried, then fail').argParser(int(1)).default(120))
  .addOption(new Option('--lock-seconds <s>', 'how long a job stays locked without a heartbeat (a killed worker\'s jobs return after it)').argParser(int(1)).default(30))
  .action(async (opts: { queue: string; concurrency: number; timeout: number; lockSeconds: number }) => {
    const { startQueueWorker } = await import('./queue/index.js');
    const { worker, close } = startQueueWorker({ url: opts.queue, concurrency: opts.concurrency, timeoutMs: opts.timeout * 1000, lockMs: opts.lockSeconds * 1000 });
    let done = 0;
    let failed = 0;
    worker.on('completed', () => void done++);
    worker.on('failed', () => void failed++);
    worker.on('error', (e) => console.error(`dossier worker: ${e.message}`));
    await worker.waitUntilReady();
    console.error(`dossier worker: waiting for articles on ${opts.queue} (${opts.concurrency} at a time)`);
    const report = setInterval(() => console.error(`dossier worker: ${done} done, ${failed} failed attempts`), 30_000);
    const stop = (): void => {
      clearInterval(report);
      console.error(`dossier worker: stopping after ${done} articles`);
      void close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof UsageError || (e as NodeJS.ErrnoException).code === 'EACCES' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') {
    console.error(`dossier: ${(e as Error).message}`);
    process.exitCode = 2;
  } else {
    console.error(e);
    process.exitCode = 1;
  }
});

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
      `(${(s.bytes / 1048576).toFixed(2)} MB, ${s.mbPerSecond.toFixed(2)} MB/s, ${s.workers === 0 ? 'main thread' : `${s.workers} workers`})`,
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
  .option('--quiet', 'no progress output', false)
  .action(async (opts: {
    in: string[]; out: string; concurrency: number; workers: number; tokens: boolean; resume: boolean; incremental: boolean;
    maxArticleMb: number; timeout: number; corpusFiles: boolean; quiet: boolean;
  }) => {
    const progress = progressReporter(process.stderr, opts.quiet);
    let summary: RunSummary;
    try {
      summary = await runCorpus({
        inputs: opts.in,
        out: opts.out,
        concurrency: opts.concurrency,
        workers: opts.workers,
        tokens: opts.tokens,
        resume: opts.resume,
        incremental: opts.incremental,
        maxBytes: opts.maxArticleMb * 1048576,
        timeoutMs: opts.timeout * 1000,
        corpusFiles: opts.corpusFiles,
        onProgress: (p) => progress.update(p),
      });
    } finally {
      progress.stop();
    }
    printSummary(summary);
    // Success unless nothing at all could be processed.
    if (summary.articles === 0 && summary.errors > 0) process.exitCode = 1;
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

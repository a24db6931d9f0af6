#!/usr/bin/env node
/**
 * `pnpm review` and `pnpm export` (root scripts run `node packages/review/dist/cli.js review|export`).
 *
 *   review [--in FILE.jsonl] [--out DIR]                     writes DIR/index.html (default output/review)
 *   review --apply DECISIONS.json [--in FILE] [--gold DIR]   review decisions → gold files (default corpus/gold)
 *   review --import-label-studio EXPORT.json [--in FILE] [--gold DIR]
 *   export --format prodigy|label-studio|doccano|brat [--in FILE.jsonl] [--out DIR]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import type { DossierRecord } from '@dossier/core';
import { applyDecisions, parseDecisions } from './decisions.js';
import { ReviewError } from './errors.js';
import { EXPORT_FORMATS, exportFiles, type ExportFormat } from './export/index.js';
import { hasCorpusArticle, readGold, writeGold } from './gold-files.js';
import type { GoldFile } from './gold.js';
import { importLabelStudio } from './import-label-studio.js';
import { buildReviewPage } from './page/build.js';
import { readCorpusFiles, readJsonFile, readRecords } from './read.js';

const DEFAULT_IN = 'output/articles.jsonl';
const show = (p: string): string => relative(process.cwd(), p) || '.';
const out = (line: string): void => void process.stdout.write(line + '\n');
const warn = (line: string): void => void process.stderr.write(`warning: ${line}\n`);

function writeFile(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

function summary(gold: GoldFile): string {
  const n = (k: 'people' | 'places' | 'organizations' | 'figures' | 'claims'): number => gold[k]?.length ?? 0;
  return `people ${n('people')}, places ${n('places')}, organisations ${n('organizations')}, figures ${n('figures')}, claims ${n('claims')}`;
}

/** Writes gold files and says, for each, whether `pnpm eval` will find its article. */
function writeGolds(golds: GoldFile[], goldDir: string, notes: string[]): void {
  const corpusDir = dirname(goldDir);
  golds.forEach((gold, i) => {
    const existed = readGold(goldDir, gold.id) !== undefined;
    const path = writeGold(goldDir, gold);
    out(`${existed ? 'updated' : 'wrote'} ${show(path)}: ${summary(gold)}${notes[i] ? `; ${notes[i]}` : ''}`);
    if (!hasCorpusArticle(corpusDir, gold.id)) warn(`${show(path)}: pnpm eval looks for its article at ${show(join(corpusDir, gold.id))}.txt (or .md/.html), which does not exist.`);
  });
  if (golds.length === 0) out('No gold files written: nothing was reviewed.');
}

async function review(opts: { in: string; out: string; apply?: string; importLabelStudio?: string; gold: string }): Promise<void> {
  const input = resolve(opts.in);
  const goldDir = resolve(opts.gold);
  if (opts.apply && opts.importLabelStudio) throw new ReviewError('Use --apply or --import-label-studio, not both at once.');
  if (opts.apply) {
    const decisions = parseDecisions(await readJsonFile(resolve(opts.apply), 'Decisions file'));
    const records = await readRecords(input);
    const result = applyDecisions(decisions, records, (id) => readGold(goldDir, id));
    result.warnings.forEach(warn);
    const notes = result.articles.map(({ counts: c }) => `${c.correct} correct, ${c.wrong} wrong, ${c.added} added${c.skipped ? `, ${c.skipped} skipped` : ''}`);
    writeGolds(
      result.articles.map((a) => a.gold),
      goldDir,
      notes,
    );
    return;
  }
  if (opts.importLabelStudio) {
    const exported = await readJsonFile(resolve(opts.importLabelStudio), 'Label Studio export');
    // The records only enrich the import (canonical names, figure values), so they are optional.
    const records: DossierRecord[] = existsSync(input) ? await readRecords(input) : [];
    if (records.length === 0) warn(`${show(input)} not found: names are the annotated text and figure values are read from it.`);
    const result = importLabelStudio(exported, records, (id) => readGold(goldDir, id));
    result.warnings.forEach(warn);
    writeGolds(
      result.articles.map((a) => a.gold),
      goldDir,
      result.articles.map((a) => (a.annotation.completedBy !== undefined ? `annotated by ${JSON.stringify(a.annotation.completedBy)}` : '')),
    );
    return;
  }
  const records = await readRecords(input);
  const corpus = await readCorpusFiles(input);
  const page = join(resolve(opts.out), 'index.html');
  const html = buildReviewPage(records, corpus);
  writeFile(page, html);
  const computed = (['entities', 'figures', 'claims'] as const).filter((k) => !corpus[k]);
  out(`wrote ${show(page)}: ${records.length} article(s), ${(html.length / 1e6).toFixed(1)} MB. Open it in a browser (file://).`);
  if (computed.length) out(`  (${computed.map((k) => `${k}.jsonl`).join(', ')} missing or empty next to ${show(input)}: grouped by the page builder)`);
}

async function exportCommand(opts: { format: ExportFormat; in: string; out?: string }): Promise<void> {
  const records = await readRecords(resolve(opts.in));
  const dir = resolve(opts.out ?? join('output', 'export', opts.format));
  const files = exportFiles(opts.format, records);
  for (const f of files) writeFile(join(dir, f.path), f.contents);
  out(`wrote ${files.length} file(s) for ${opts.format} to ${show(dir)}/ from ${records.length} article(s):`);
  for (const f of files.slice(0, 6)) out(`  ${f.path}`);
  if (files.length > 6) out(`  … and ${files.length - 6} more`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('dossier-review')
    .description('Review page and annotation-tool exports for Dossier output')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('review')
    .description('Write the review page, or turn review decisions / a Label Studio export into gold files')
    .option('--in <file>', 'articles.jsonl of a run', DEFAULT_IN)
    .option('--out <dir>', 'folder for index.html', 'output/review')
    .option('--apply <file>', 'decisions JSON saved by the page ("Download decisions") → gold files')
    .option('--import-label-studio <file>', 'Label Studio JSON export → gold files')
    .option('--gold <dir>', 'gold folder that --apply and --import-label-studio write', 'corpus/gold')
    .action(review);
  program
    .command('export')
    .description('Write the annotations in an annotation tool\'s import format')
    .addOption(new Option('--format <format>', 'target tool').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--in <file>', 'articles.jsonl of a run', DEFAULT_IN)
    .option('--out <dir>', 'output folder (default output/export/<format>)')
    .action(exportCommand);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof ReviewError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

// Run when executed as a script (not when imported by a test).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

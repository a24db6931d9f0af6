#!/usr/bin/env node
// Regenerates the README screenshots from a run's output:
//   node packages/review/scripts/screenshots.mjs [--in output/articles.jsonl] [--out docs] [--article ID]
// (after `pnpm extract` and `tsc -b`). Writes docs/review-article.png and docs/review-figures.png.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildReviewPage, readCorpusFiles, readRecords } from '../dist/index.js';
import { launchChromium } from '../test/chromium.mjs';

const { values: args } = parseArgs({
  options: { in: { type: 'string', default: 'output/articles.jsonl' }, out: { type: 'string', default: 'docs' }, article: { type: 'string' } },
});

const records = await readRecords(resolve(args.in));
const corpus = await readCorpusFiles(resolve(args.in));
const weight = (r) => r.entities.length + r.figures.length * 2 + r.claims.length * 3;
// The article that shows the most: entities, figures and claims together.
const article = args.article ? records.find((r) => r.id === args.article) : [...records].sort((a, b) => weight(b) - weight(a))[0];
if (!article) throw new Error(`no article ${args.article ?? ''} in ${args.in}`);

const dir = mkdtempSync(join(tmpdir(), 'dossier-shots-'));
const page = join(dir, 'index.html');
writeFileSync(page, buildReviewPage(records, corpus));
const url = pathToFileURL(page).href;
const out = resolve(args.out);
mkdirSync(out, { recursive: true });

const browser = await launchChromium();
try {
  const tab = await browser.context.newPage();
  await tab.setViewportSize({ width: 1400, height: 1000 });
  await tab.goto(`${url}#/article/${encodeURIComponent(article.id)}`);
  await tab.waitForSelector('#article-text');
  // Show the fields of an annotation in the side panel: a claim's if there is one, else a person's.
  const claim = tab.locator('#article-text .ctag').first();
  const pick = (await claim.count()) ? claim : tab.locator('#article-text mark.l-PERSON').first();
  if (await pick.count()) await pick.click();
  await tab.screenshot({ path: join(out, 'review-article.png') });
  await tab.goto(`${url}#/figures`);
  await tab.waitForSelector('body[data-ready="true"]');
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.screenshot({ path: join(out, 'review-figures.png') });
  process.stdout.write(`wrote ${join(args.out, 'review-article.png')} (${article.id}) and ${join(args.out, 'review-figures.png')}\n`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

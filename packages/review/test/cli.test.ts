import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { fixtureRecords } from './fixtures.js';

let dir: string;
let articles: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  articles = join(dir, 'run', 'articles.jsonl');
  mkdirSync(join(dir, 'run'));
  writeFileSync(articles, fixtureRecords.map((r) => JSON.stringify(r) + '\n').join(''));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in-process and returns its exit code and what it printed. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('pnpm review / pnpm export', () => {
  it('writes the page to --out/index.html', async () => {
    const r = await run('review', '--in', articles, '--out', join(dir, 'page'));
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'page', 'index.html'), 'utf8')).toMatch(/^<!doctype html>/u);
    expect(r.out).toMatch(/3 article\(s\)/u);
  });

  it('says plainly when the input is missing, without a stack trace', async () => {
    const r = await run('review', '--in', join(dir, 'nope.jsonl'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: Input .*nope\.jsonl does not exist\. Run `pnpm extract` first/u);
    expect(r.err).not.toMatch(/\n\s+at /u);
  });

  it('names the line of a file that is not articles.jsonl', async () => {
    const wrong = join(dir, 'entities.jsonl');
    writeFileSync(wrong, '{"type":"PERSON","name":"X","variants":[],"articles":[],"articleCount":0,"mentionCount":0}\n');
    const r = await run('export', '--format', 'prodigy', '--in', wrong, '--out', join(dir, 'x'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 1 is not a Dossier article record.*does not look like articles\.jsonl/u);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, JSON.stringify(fixtureRecords[0]) + '\n{"id": \n');
    expect((await run('review', '--in', broken, '--out', join(dir, 'y'))).err).toMatch(/line 2 is not JSON/u);
  });

  it('refuses an unknown export format and lists the known ones', async () => {
    const r = await run('export', '--format', 'conll', '--in', articles);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/prodigy, label-studio, doccano, brat/u);
  });

  it('writes each export format to --out', async () => {
    for (const [format, file] of [
      ['prodigy', 'prodigy.jsonl'],
      ['doccano', 'doccano-relations.jsonl'],
      ['label-studio', 'label-studio-config.xml'],
      ['brat', 'mx/trump-call-2017.ann'],
    ] as const) {
      const r = await run('export', '--format', format, '--in', articles, '--out', join(dir, 'export', format));
      expect(r.code).toBe(0);
      expect(existsSync(join(dir, 'export', format, file))).toBe(true);
    }
  });

  it('--apply writes gold files and warns when pnpm eval will not find the article', async () => {
    const id = fixtureRecords[0]!.id;
    const decisions = join(dir, 'decisions.json');
    writeFileSync(decisions, JSON.stringify({ format: 'dossier-review-decisions', version: 1, articles: { [id]: { decisions: { 'PLACE:42:52': { verdict: 'correct', text: 'WASHINGTON' } } } } }));
    const gold = join(dir, 'corpus', 'gold');
    const r = await run('review', '--apply', decisions, '--in', articles, '--gold', gold);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote .*trump-call-2017\.json: people 2, places 3, organisations 1, figures 3, claims 6; 1 correct, 0 wrong, 0 added/u);
    expect(r.err).toMatch(/warning: .*pnpm eval looks for its article/u);
    const written = JSON.parse(readFileSync(join(gold, 'mx', 'trump-call-2017.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(['id', 'title', 'byline', 'date', 'people', 'places', 'organizations', 'figures', 'claims']);
    // A second run edits the file it wrote instead of starting over.
    expect((await run('review', '--apply', decisions, '--in', articles, '--gold', gold)).out).toMatch(/^updated /u);
  });

  it('--apply refuses a file that is not decisions', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const r = await run('review', '--apply', bad, '--in', articles, '--gold', join(dir, 'g2'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Not a review decisions file/u);
  });
});

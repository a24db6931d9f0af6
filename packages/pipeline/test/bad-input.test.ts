import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSpans, type DossierRecord, type ErrorRecord } from '@dossier/core';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const ARTICLE = 'Council votes to close the old hospital\n\nThe council voted on Tuesday to close the old hospital, a decision that drew protests from hundreds of residents, officials said.\n';
/** Root ignores file permissions: the CLI then runs as "nobody" so an unreadable file really is unreadable. */
const asRoot = userInfo().uid === 0;
const NOBODY = 65534;

function run(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, 'extract', '--quiet', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
}

const jsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

/** Every kind of bad input the issue names, generated here rather than committed. */
function buildFixtures(dir: string): void {
  const inDir = join(dir, 'in');
  mkdirSync(join(inDir, 'sub'), { recursive: true });
  const w = (name: string, data: string | Uint8Array): void => writeFileSync(join(inDir, name), data);
  w('a-good.txt', ARTICLE);
  w('b-empty.txt', '');
  w('c-blank.txt', ' \n\t \r\n ');
  w('d-image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  w('e-latin1.txt', Buffer.concat([Buffer.from('The mayor of Z'), Buffer.from([0xfc]), Buffer.from('rich called it '), Buffer.from([0x93]), Buffer.from('a disaster'), Buffer.from([0x94]), Buffer.from(' on Monday.\n')]));
  w('f-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sánchez said the talks had failed.\n', 'utf16le')]));
  w('g-utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
  w('h-crlf.txt', ARTICLE.replace(/\n/g, '\r\n'));
  w('i-huge.txt', Buffer.alloc(20 * 1024 * 1024, 'lorem ipsum dolor sit amet. '));
  w('j-oneline.txt', Array.from({ length: 40_000 }, (_, i) => ['words', 'without', 'any', 'stop', 'Mexico', 'flows'][i % 6]).join(' '));
  w('k-page.html', `<html><head><title>Storm</title><script>var leaked = "SCRIPT-TEXT";</script></head><body>
    <nav>Home | World | NAV-TEXT</nav><article><h1>Storm hits the coast</h1>
    <p>A powerful storm swept along the coast on Monday night, leaving more than 40,000 homes without electricity, officials said on Tuesday morning.</p>
    <p>Forecasters expect the weather to calm by Wednesday, but warned that rivers inland could still burst their banks over the next two days.</p></article>
    <script>document.write("SCRIPT-TEXT")</script></body></html>`);
  w('l-feed.jsonl', [
    JSON.stringify({ id: 'wire-1', text: 'The talks failed on Friday, both sides said.' }),
    '{"id": "wire-2", "text": "broken line',
    JSON.stringify({ id: 'wire-3', title: 'Rates', text: 'The bank raised rates by half a point, its governor said.' }),
  ].join('\n'));
  w('m-locked.txt', ARTICLE);
  chmodSync(join(inDir, 'm-locked.txt'), 0o000);
  symlinkSync('..', join(inDir, 'sub', 'loop'));
  w('sub/n-nested.md', '# A nested article\n\nThe nested article says that *markdown* is read as text, with \\$5 escapes undone.\n');
}

describe('bad input: a clear message, the batch goes on, nothing lost', () => {
  let dir: string;
  let result: SpawnSyncReturns<string>;
  let records: DossierRecord[];
  let errors: ErrorRecord[];
  const reasonOf = (name: string): string | undefined => errors.find((e) => e.source.endsWith(name))?.reason;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-bad-'));
    chmodSync(dir, 0o777);
    buildFixtures(dir);
    // The output folder does not exist yet: the run creates it.
    result = run(['--in', 'in', '--out', 'out/new/articles.jsonl'], dir);
    records = jsonl<DossierRecord>(join(dir, 'out', 'new', 'articles.jsonl'));
    errors = jsonl<ErrorRecord>(join(dir, 'out', 'new', 'errors.jsonl'));
  }, 120_000);

  it('exits 0 and names the errors in the run summary', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/errors by reason: .*binary 1.*empty 2/);
  });

  it('gives every good article its record, in path order', () => {
    expect(records.map((r) => r.id)).toEqual(['a-good', 'e-latin1', 'f-utf16', 'g-utf8bom', 'h-crlf', 'j-oneline', 'k-page', 'wire-1', 'wire-3', 'sub/n-nested']);
    for (const r of records) expect(checkSpans(r)).toEqual([]);
  });

  it('reports each bad input once, with its reason', () => {
    expect(reasonOf('b-empty.txt')).toBe('empty');
    expect(reasonOf('c-blank.txt')).toBe('empty');
    expect(reasonOf('d-image.txt')).toBe('binary');
    expect(reasonOf('i-huge.txt')).toBe('too-large');
    expect(reasonOf('l-feed.jsonl#2')).toBe('parse');
    expect(reasonOf('sub/loop')).toBe('symlink-loop');
    expect(reasonOf('m-locked.txt')).toBe('unreadable');
    expect(errors).toHaveLength(7);
    expect(errors.find((e) => e.reason === 'too-large')!.message).toMatch(/20\.0 MB, over the 5 MB limit.*--max-article-mb/);
  });

  it('decodes odd encodings and notes them, and strips BOMs and CRs', () => {
    const byId = Object.fromEntries(records.map((r) => [r.id, r]));
    expect(byId['e-latin1']!.text).toBe('The mayor of Zürich called it “a disaster” on Monday.');
    expect(byId['e-latin1']!.encoding).toBe('windows-1252');
    expect(byId['e-latin1']!.notes).toContain('decoded from windows-1252');
    expect(byId['f-utf16']!.text).toBe('Sánchez said the talks had failed.');
    expect(byId['g-utf8bom']!.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(byId['h-crlf']!.text).not.toContain('\r');
    expect(byId['h-crlf']!.text).toBe(byId['a-good']!.text);
  });

  it('keeps no script or navigation text of an HTML page', () => {
    const page = records.find((r) => r.id === 'k-page')!;
    expect(page.text).toMatch(/^Storm hits the coast\n\nA powerful storm/);
    expect(page.text).not.toMatch(/SCRIPT-TEXT|NAV-TEXT/);
  });

  it('processes a 200 KB line with no punctuation', () => {
    const line = records.find((r) => r.id === 'j-oneline')!;
    expect(line.text.length).toBeGreaterThan(200_000);
    expect(line.sentences.length).toBeGreaterThan(0);
  });
});

describe('usage errors: a plain message, no stack trace', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-usage-'));
    chmodSync(dir, 0o777);
  });

  it('a missing --in path exits 2 with one line naming it', () => {
    const r = run(['--in', 'no/such/folder'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('dossier: input not found: no/such/folder');
  });

  it('a bad option value exits non-zero with the option named, no stack trace', () => {
    const r = run(['--workers', 'many'], dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--workers/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when nothing at all could be processed', () => {
    mkdirSync(join(dir, 'only-bad'));
    writeFileSync(join(dir, 'only-bad', 'empty.txt'), '');
    const r = run(['--in', 'only-bad', '--out', 'o/articles.jsonl'], dir);
    expect(r.status).toBe(1);
    expect(jsonl<ErrorRecord>(join(dir, 'o', 'errors.jsonl')).map((e) => e.reason)).toEqual(['empty']);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, type RawInput } from '@dossier/core';
import { ingest } from '../src/ingest.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'corpus');
const raw = (text: string, format: RawInput['format'] = 'txt', id = 'a'): RawInput => ({ id, source: `${id}.${format}`, format, bytes: new TextEncoder().encode(text) });

describe('ingest: HTML pages', () => {
  const page = `<!doctype html><html><head><title>Storm hits coast | The Daily Example</title>
    <meta property="og:title" content="Storm hits the coast, thousands without power">
    <meta property="article:published_time" content="2021-10-05T08:30:00Z">
    <meta name="author" content="Sam Reporter"><link rel="canonical" href="https://example.org/storm">
    <script>window.tracking = true;</script><style>p{color:red}</style></head>
    <body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
    <article><h1>Storm hits the coast, thousands without power</h1>
    <p>A powerful storm swept along the coast on Monday night, leaving more than 40,000 homes without electricity and flooding streets in three towns, officials said.</p>
    <p>“We have never seen water this high,” said the mayor of the largest town, who asked residents to stay indoors until the wind dropped and crews could clear the roads.</p>
    <p>Forecasters expect the weather to calm by Wednesday, but warned that rivers inland could still burst their banks as rain drains from the hills over the next two days.</p>
    </article><aside>Most read: <a href="/x">Other story</a></aside><footer>© 2021 The Daily Example. All rights reserved.</footer>
    <script>document.title = 'changed';</script></body></html>`;
  const a = ingest(raw(page, 'html'));

  it('extracts the article with Readability and reads its metadata', () => {
    expect(a.title).toBe('Storm hits the coast, thousands without power');
    expect(a.byline).toBe('Sam Reporter');
    expect(a.date).toBe('2021-10-05');
    expect(a.url).toBe('https://example.org/storm');
    expect(a.text.startsWith('Storm hits the coast, thousands without power\n\nA powerful storm')).toBe(true);
  });

  it('keeps no script, navigation or footer text', () => {
    expect(a.text).not.toMatch(/tracking|document\.title|Home|Sport|Most read|All rights reserved|color:red/);
    expect(a.paragraphs).toHaveLength(4);
  });
});

describe('ingest: JSONL lines and limits', () => {
  it('takes id, title, date and url from the line', () => {
    const line = JSON.stringify({ id: 'wire-17', title: 'Talks fail', date: 'June 7, 2019', url: 'https://example.org/t', text: 'The talks failed on Friday after ten hours, both sides said.' });
    const a = ingest(raw(line, 'jsonl', 'feed#1'));
    expect(a).toMatchObject({ id: 'wire-17', title: 'Talks fail', date: '2019-06-07', url: 'https://example.org/t' });
    expect(a.text).toBe('Talks fail\n\nThe talks failed on Friday after ten hours, both sides said.');
  });

  it('reports a broken line and a line without text as parse errors', () => {
    expect(() => ingest(raw('{"text": "unterminated', 'jsonl'))).toThrowError(InputError);
    expect(() => ingest(raw('{"title": "no text"}', 'jsonl'))).toThrow(/no "text"/);
  });

  it('refuses an input over the size limit without reading it as text', () => {
    const big = raw('x'.repeat(2048));
    expect(() => ingest(big, { maxBytes: 1024 })).toThrow(/over the 0 MB limit|limit/);
  });

  it('notes the encoding an article was decoded from', () => {
    const cp1252 = { id: 'old', source: 'old.txt', format: 'txt' as const, bytes: Uint8Array.from([...Buffer.from('The mayor said it was '), 0x93, ...Buffer.from('very bad'), 0x94, ...Buffer.from(' for the town of Z'), 0xfc, ...Buffer.from('rich.')]) };
    const a = ingest(cp1252);
    expect(a.text).toBe('The mayor said it was “very bad” for the town of Zürich.');
    expect(a.notes.join(' ')).toMatch(/decoded from windows-1252/);
  });
});

/** The seed pages, checked against the hand-written gold metadata in corpus/gold. */
describe('ingest: the seed pages', () => {
  const seeds = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const articles = seeds.map((f) => ({ f, a: ingest({ id: f.replace(/\.txt$/, ''), source: f, format: 'txt', bytes: readFileSync(join(corpus, f)) }) }));

  it('finds five seeds', () => expect(seeds).toHaveLength(5));

  it.each(articles.map(({ f, a }) => [f, a] as const))('%s has the title, byline and date the page states', (f, a) => {
    const gold = JSON.parse(readFileSync(join(corpus, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as { title: string; byline: string | null; date: string | null };
    expect({ title: a.title, byline: a.byline, date: a.date }).toEqual({ title: gold.title, byline: gold.byline, date: gold.date });
  });

  it.each(articles.map(({ f, a }) => [f, a] as const))('%s holds none of the furniture, no \\$, no broken sentence', (_f, a) => {
    expect(a.text).not.toMatch(/Facebook|Instagram|YouTube|Skip to content|^_$|suscripción|Sign up|To contact|wsws\.org|Getty|CREDIT|Translation by|Most viewed|Archived In/m);
    expect(a.text).not.toContain('\\$');
    const paragraphs = a.text.split('\n\n');
    paragraphs.forEach((p, i) => {
      const next = paragraphs[i + 1];
      // A paragraph that stops mid-sentence is never followed by one that starts in lowercase.
      if (next && !/[.!?:;”"’)]$/.test(p)) expect(next).not.toMatch(/^["“‘]?\p{Ll}/u);
    });
  });

  it('keeps the article body up to its last paragraph', () => {
    const byId = Object.fromEntries(articles.map(({ f, a }) => [f.slice(0, 3), a.text]));
    expect(byId['000']).toMatch(/close collaboration with Washington\.$/);
    expect(byId['002']).toMatch(/Central America\.\n\nPublished simultaneously in Spanish on La Izquierda Diario México\.$/);
    expect(byId['003']).toMatch(/sever relations with their southern neighbor\.$/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '@dossier/ingest';
import { tokenize } from '@dossier/tokenize';
import { extractClaims } from '../src/index.js';
import { claimsOf, doc, expectExactSpans } from './helpers.js';

describe('robustness', () => {
  it('survives unbalanced, stray and doubled quotation marks', () => {
    for (const text of [
      '“',
      '”He said.',
      'He said: “We will fight, and we will win.',
      '“We will fight,” he said. ”And we will win,“ she said.',
      '"We will fight," he said. "And we will win.\n\nThe talks resume Monday, "officials said.',
      '“ “ ” ” said the man.',
      "It's Sheinbaum's 'view', officials' claims, and the '90s \"era\".",
      '',
    ]) {
      const d = doc(text);
      expect(() => extractClaims(d)).not.toThrow();
      expectExactSpans(text, extractClaims(d));
    }
  });

  it('does not let an unclosed quote carry its attribution into the next paragraph', () => {
    const text = 'He said: “We will fight, and we will win.\n\nThe talks resumed on Monday, and the mood was calm.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe('We will fight, and we will win.');
    expect(claims[0]!.end).toBeLessThanOrEqual(text.indexOf('\n\n'));
  });

  it('drops an unclosed quote that nothing attributes', () => {
    expect(claimsOf('The crowd chanted “no more war and no more lies as the rally went on.\n\nPolice watched.')).toEqual([]);
  });

  it('is deterministic, and every span slices exactly, over the seeds and the GUM news texts', () => {
    const root = fileURLToPath(new URL('../../../corpus/', import.meta.url));
    const files = [
      ...readdirSync(root).filter((f) => f.endsWith('.txt')).map((f) => root + f),
      ...readdirSync(`${root}gum-news/`).filter((f) => f.endsWith('.txt')).map((f) => `${root}gum-news/${f}`),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const path of files) {
      const d = { ...tokenize(ingest({ id: path, source: path, format: 'txt', bytes: new Uint8Array(readFileSync(path)) })), entities: [], figures: [] };
      const first = extractClaims(d);
      expectExactSpans(d.text, first);
      expect(JSON.stringify(extractClaims(d))).toBe(JSON.stringify(first));
    }
  });

  it('keeps exact spans on text mangled with stray marks, cues and paragraph breaks', () => {
    let state = 7;
    const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const base = '“We will fight,” the minister said. According to Reuters, the talks failed. “It is over,” said one official, who asked not to be named. She added that “nothing is settled,” and he told AP: “We wait.”';
    const inserts = ['“', '”', '"', "'", '‘', '’', ',', ':', '\n\n', ' said ', ' according to ', '—'];
    for (let round = 0; round < 150; round++) {
      let text = base;
      for (let k = 0; k < 12; k++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.6 ? text.slice(0, at) + inserts[Math.floor(random() * inserts.length)]! + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4));
      }
      const claims = extractClaims(doc(text));
      expectExactSpans(text, claims);
      for (const c of claims) expect(c.end).toBeGreaterThan(c.start);
    }
  });

  it('does not fail when the text ends on a conjunction after a reported clause', () => {
    for (const text of ['Officials said that prices rose but', 'According to Reuters the man was there and']) {
      const claims = claimsOf(text);
      expectExactSpans(text, claims);
      expect(claims.map((c) => c.speaker?.text)).toEqual([text.startsWith('Officials') ? 'Officials' : 'Reuters']);
    }
  });

  it('reads a scraped line of thousands of words with no sentence end', () => {
    // One "sentence" of 1,650 tokens: every statement is found, the pronoun at the end of the page
    // still finds the name just before it, and no clause swallows the rest of the page.
    const text = 'Maria Lopez arrived late and she said the talks failed and '.repeat(150);
    const claims = claimsOf(text);
    expectExactSpans(text, claims);
    expect(claims).toHaveLength(150);
    const last = claims[149]!;
    expect(last.speaker).toMatchObject({ text: 'she', name: 'Maria Lopez' });
    expect(last.text.startsWith('the talks failed')).toBe(true);
    for (const c of claims) expect(c.text.length).toBeLessThan(2000);
  });

  it('lists the figures that lie inside a claim', () => {
    const text = 'Officials said more than 4,000 people had died since March.';
    const d = doc(text);
    const at = text.indexOf('4,000');
    d.figures = [
      { id: 'f1', start: at - 10, end: at + 5, text: text.slice(at - 10, at + 5), value: 4000, unit: null, counted: 'people', event: 'died', qualifier: 'more than', approximate: false, scope: null, sentence: 0 },
    ];
    const [c] = extractClaims(d);
    expect(c!.figures).toEqual(['f1']);
  });
});

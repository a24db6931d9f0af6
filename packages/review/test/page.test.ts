import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FigureGroup } from '@dossier/core';
import { buildReviewPage, scriptSafeJson } from '../src/page/build.js';
import { fixtureRecords, hostileRecord } from './fixtures.js';

const records = [...fixtureRecords, hostileRecord];
const html = buildReviewPage(records);

const between = (s: string, open: RegExp, close: string): string[] => {
  const out: string[] = [];
  for (const m of s.matchAll(new RegExp(open.source + '([\\s\\S]*?)' + close, 'gu'))) out.push(m[1]!);
  return out;
};
const sha = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('buildReviewPage', () => {
  it('is one file with exactly one data block and one script, nothing fetched', () => {
    expect(html.match(/<script\b/gu)).toHaveLength(2);
    expect(html.match(/<\/script>/gu)).toHaveLength(2);
    expect(html).not.toMatch(/\b(?:src|href)="(?!data:)/u);
  });

  it('allows only its own script and style, by hash, and no network', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)![1]!;
    const [script] = between(html, /<script type="module">/u, '</script>');
    const [style] = between(html, /<style>/u, '</style>');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha(script!)}`);
    expect(csp).toContain(`style-src ${sha(style!)}`);
    expect(csp).not.toContain('unsafe');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('embeds article text so that no markup in it survives as markup', () => {
    const [json] = between(html, /<script type="application\/json" id="dossier-data">/u, '</script>');
    expect(json).not.toMatch(/[<>&]/u);
    const data = JSON.parse(json!) as { articles: Array<{ id: string; text: string; title: string }> };
    const hostile = data.articles.find((a) => a.id === hostileRecord.id)!;
    expect(hostile.text).toBe(hostileRecord.text);
    expect(hostile.title).toBe(hostileRecord.title);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain("<script>window.__pwned");
  });

  it('escapes the characters that could end a script element or start a comment', () => {
    expect(scriptSafeJson({ t: '</script><!-- & -->' })).toBe('{"t":"\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e"}');
    expect(JSON.parse(scriptSafeJson({ t: '</script><!-- & -->' }))).toEqual({ t: '</script><!-- & -->' });
  });

  it('is the same page for the same input', () => {
    expect(buildReviewPage(records)).toBe(html);
  });

  it('uses the pipeline\'s corpus files when given', () => {
    const figures: FigureGroup[] = [{ key: 'dead|', measure: 'dead / killed (pipeline)', unit: null, figures: [], articles: [], articleCount: 0 }];
    expect(buildReviewPage(records, { figures })).toContain('dead / killed (pipeline)');
    expect(html).not.toContain('dead / killed (pipeline)');
  });
});

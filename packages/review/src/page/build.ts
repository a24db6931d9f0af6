import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DossierRecord } from '@dossier/core';
import { corpusClaims, corpusEntities, corpusFigures } from '../corpus-views.js';
import type { CorpusFiles } from '../read.js';
import { STYLE } from './style.js';

let clientScript: string | undefined;

/** The browser code, compiled by tsc from src/client/app.ts (same path from src/ and dist/). */
function client(): string {
  if (clientScript === undefined) {
    const url = new URL('../../dist/client/app.js', import.meta.url);
    let code: string;
    try {
      code = readFileSync(url, 'utf8');
    } catch {
      throw new Error(`The review page script ${url.pathname} is missing: run \`tsc -b\` first.`);
    }
    // Inline, the script must not be able to end its own element.
    if (/<\/script|<!--/iu.test(code)) throw new Error('The review page script contains "</script" or "<!--" and cannot be inlined.');
    clientScript = code.trim();
  }
  return clientScript;
}

/**
 * JSON that can sit inside <script type="application/json">: with `<`, `>` and `&` escaped, no text
 * in an article ("</script><script>alert(1)</script>") can close the element or open a comment.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c').replace(/>/gu, '\\u003e').replace(/&/gu, '\\u0026');
}

const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The review page: one self-contained HTML file (inline CSS and JS, no network, opens from file://).
 * Articles are embedded as JSON data and rendered by the page one at a time, when opened.
 * `corpus` are the pipeline's entities/figures/claims files; any that is missing is grouped here.
 * The Content-Security-Policy allows only this page's own script and style (by hash), no network,
 * no inline event handlers: text from an article can never run.
 */
export function buildReviewPage(records: readonly DossierRecord[], corpus: CorpusFiles = {}): string {
  const ids = records.map((r) => r.id);
  const storageKey = createHash('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 16);
  const data = {
    storageKey,
    articles: records.map((r) => ({
      id: r.id,
      source: r.source,
      sha256: r.sha256,
      title: r.title,
      byline: r.byline,
      date: r.date,
      url: r.url,
      text: r.text,
      notes: r.notes,
      entities: r.entities,
      figures: r.figures,
      claims: r.claims,
    })),
    entities: corpus.entities ?? corpusEntities(records),
    figures: corpus.figures ?? corpusFigures(records),
    claims: corpus.claims ?? corpusClaims(records),
  };
  const script = client();
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(STYLE)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Dossier review · ${records.length} article${records.length === 1 ? '' : 's'}</title>
<style>${STYLE}</style>
</head>
<body>
<noscript>This page needs JavaScript to show the articles.</noscript>
<div id="app"></div>
<script type="application/json" id="dossier-data">${scriptSafeJson(data)}</script>
<script type="module">${script}</script>
</body>
</html>
`;
}

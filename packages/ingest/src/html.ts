import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Unit } from './clean.js';
import { normalizeText } from './clean.js';

export interface HtmlArticle {
  units: Unit[];
  title: string | null;
  byline: string | null;
  /** The publication date as the page's metadata states it (any format chrono reads). */
  date: string | null;
  url: string | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const HEADING = /^H[1-6]$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of an element, one unit per block element; `<br>` ends a line. */
function blocksOf(root: DomNode): Unit[] {
  const units: Unit[] = [];
  let buf = '';
  let heading = false;
  const flush = (): void => {
    for (const line of normalizeText(buf).split('\n')) {
      const t = line.trim();
      if (t) units.push({ text: t, heading });
    }
    buf = '';
    heading = false;
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      buf += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      buf += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (HEADING.test(name)) heading = true;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return units;
}

function meta(document: Document, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href') ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/**
 * Extracts the article from an HTML page with Mozilla's Readability (the engine of Firefox's reader
 * view) on a linkedom DOM; falls back to the page's body without scripts and navigation when
 * Readability finds no article.
 */
export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const url = meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const metaDate = meta(doc, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="DC.date.issued"]',
    'time[datetime]',
  ]);
  const metaTitle = meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const metaAuthor = meta(doc, ['meta[name="author"]', 'meta[property="article:author"]']);
  // Readability changes the DOM it reads, so it gets its own copy.
  const parsed = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  let units: Unit[];
  if (parsed?.content) {
    units = blocksOf(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as DomNode);
  } else {
    for (const el of doc.querySelectorAll('nav, header, footer, aside, script, style, noscript, form')) el.remove();
    units = doc.body ? blocksOf(doc.body as unknown as DomNode) : [];
  }
  // The article's own headline beats <title> and og:title, which often carry the site's name.
  const headline = units[0]?.heading ? units[0].text : null;
  const title = headline ?? metaTitle ?? parsed?.title?.trim() ?? doc.querySelector('h1')?.textContent?.trim() ?? null;
  return {
    units,
    title: title ? normalizeText(title) : null,
    byline: (parsed?.byline ?? metaAuthor)?.replace(/^by\s+/i, '').trim() || null,
    date: parsed?.publishedTime ?? metaDate,
    url,
  };
}

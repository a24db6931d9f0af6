import { createHash } from 'node:crypto';
import { DEFAULT_MAX_ARTICLE_BYTES, InputError, type Article, type RawInput, type Range } from '@dossier/core';
import { decodeBytes } from './decode.js';
import { joinBrokenSentences, removeFurniture, textToUnits, type Unit } from './clean.js';
import { extractHtml } from './html.js';
import { readHeader, type KnownMetadata } from './metadata.js';

export interface IngestOptions {
  /** Inputs larger than this are reported, not processed (default DEFAULT_MAX_ARTICLE_BYTES, 5 MB). */
  maxBytes?: number;
}

interface JsonlArticle {
  text: string;
  id?: string | number;
  title?: string;
  date?: string;
  url?: string;
  byline?: string;
  author?: string;
}

function parseJsonlLine(line: string): JsonlArticle {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError('parse', `not valid JSON: ${(e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('parse', 'a JSONL line must be an object with a "text" field');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new InputError('parse', 'the line has no "text" string');
  return o as unknown as JsonlArticle;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Turns one raw input into a clean article: decodes the bytes, extracts the article from HTML,
 * removes site furniture, reads title, byline and date, and builds `text` (title first, then the
 * body, paragraphs separated by a blank line). Throws InputError for inputs that hold no article.
 */
export function ingest(raw: RawInput, options: IngestOptions = {}): Article {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (raw.bytes.length > maxBytes) {
    throw new InputError('too-large', `the input is ${(raw.bytes.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one article`);
  }
  const sha256 = createHash('sha256').update(raw.bytes).digest('hex');
  const { text: decoded, encoding } = decodeBytes(raw.bytes);
  let id = raw.id;
  let known: KnownMetadata = { ...raw.given };
  let url = raw.given?.url ?? null;
  let units: Unit[];
  if (raw.format === 'html') {
    const page = extractHtml(decoded);
    units = page.units;
    known = { title: known.title ?? page.title, byline: known.byline ?? page.byline, date: known.date ?? page.date };
    url ??= page.url;
  } else if (raw.format === 'jsonl') {
    const line = parseJsonlLine(decoded);
    if (line.id !== undefined && String(line.id).trim()) id = String(line.id).trim();
    known = { title: str(line.title), byline: str(line.byline) ?? str(line.author), date: str(line.date) };
    url = str(line.url);
    units = /^\s*<(?:!doctype|html|body|article|p|div)\b/i.test(line.text) ? extractHtml(line.text).units : textToUnits(line.text);
  } else {
    units = textToUnits(decoded);
  }
  const { units: kept, removed } = removeFurniture(joinBrokenSentences(units));
  const header = readHeader(kept, known);
  const paragraphs: Range[] = [];
  let text = '';
  for (const u of header.units) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + u.text.length });
    text += u.text;
  }
  if (text.trim() === '') throw new InputError('no-article', 'no article text is left once site furniture is removed');
  const notes: string[] = [];
  if (!encoding.startsWith('utf-8')) notes.push(`decoded from ${encoding}`);
  let removedList = '';
  for (const k in removed) removedList += `${removedList ? ', ' : ''}${k} ${removed[k as keyof typeof removed]}`;
  if (removedList) notes.push(`removed furniture: ${removedList}`);
  return {
    id,
    source: raw.source,
    sha256,
    format: raw.format,
    encoding,
    title: header.title,
    byline: header.byline,
    date: header.date,
    url,
    text,
    paragraphs,
    notes,
  };
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Claim, Entity, EntityType, StageInput } from '@dossier/core';
import { ingest } from '@dossier/ingest';
import { tokenize } from '@dossier/tokenize';
import { extractClaims } from '../src/index.js';

/** An article whose paragraphs are separated by blank lines; the first line is the title when `title` is set. */
export function article(text: string, title = false): Article {
  const paragraphs: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  const firstLine = text.split('\n\n')[0]!;
  return {
    id: 't', source: 't', sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8',
    title: title ? firstLine : null, byline: null, date: null, url: null, text, paragraphs, notes: [],
  };
}

export function doc(text: string, entities: Entity[] = [], title = false): StageInput {
  return { ...tokenize(article(text, title)), entities, figures: [] };
}

export const claimsOf = (text: string, entities: Entity[] = []): Claim[] => extractClaims(doc(text, entities));

/**
 * A hand-made entity list: every occurrence of each name form becomes a mention
 * (the way the entities stage reports them), so speaker linking can be tested on its own.
 */
export function entities(text: string, spec: Array<{ type: EntityType; name: string; forms: string[] }>): Entity[] {
  return spec.map((s, i) => {
    const mentions: Entity['mentions'] = [];
    for (const form of s.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const before = text[at - 1] ?? ' ';
        const after = text[at + form.length] ?? ' ';
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        if (mentions.some((m) => m.start < at + form.length && at < m.end)) continue;
        mentions.push({ start: at, end: at + form.length, text: form });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${i + 1}`, type: s.type, name: s.name, aliases: s.forms.filter((f) => f !== s.name).sort(), role: null, mentions };
  });
}

/** The claim whose content is exactly `text`. */
export function claimWithText(claims: readonly Claim[], text: string): Claim {
  const c = claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim with text ${JSON.stringify(text)}; got ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

/** A seed article of the corpus, cleaned by ingest and tokenized. */
export function seed(id: string, withEntities: Entity[] | ((d: StageInput) => Entity[]) = []): StageInput {
  const path = fileURLToPath(new URL(`../../../corpus/${id}.txt`, import.meta.url));
  const d: StageInput = { ...tokenize(ingest({ id, source: path, format: 'txt', bytes: new Uint8Array(readFileSync(path)) })), figures: [] };
  d.entities = typeof withEntities === 'function' ? withEntities(d) : withEntities;
  return d;
}

/** Every span of every claim slices back out of the text. */
export function expectExactSpans(text: string, claims: readonly Claim[]): void {
  for (const c of claims) {
    if (text.slice(c.start, c.end) !== c.text) throw new Error(`claim ${c.id} does not slice: ${c.text}`);
    if (c.speaker && text.slice(c.speaker.start, c.speaker.end) !== c.speaker.text) throw new Error(`speaker of ${c.id} does not slice`);
    if (c.cue && text.slice(c.cue.start, c.cue.end) !== c.cue.text) throw new Error(`cue of ${c.id} does not slice`);
  }
}

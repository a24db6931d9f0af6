import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Entity, EntityType, TokenizedDoc } from '@dossier/core';
import { ingest } from '@dossier/ingest';
import { tokenize } from '@dossier/tokenize';
import { extractEntities } from '../src/index.js';

export const corpusDir = join(import.meta.dirname, '..', '..', '..', 'corpus');

/** A tokenized document for a text that needs no cleaning (paragraphs split on blank lines). */
export function docOf(text: string, id = 't'): TokenizedDoc {
  const paragraphs: Article['paragraphs'] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const article: Article = {
    id, source: id, sha256: '', format: 'txt', encoding: 'utf-8', title: null, byline: null, date: null, url: null,
    text, paragraphs, notes: [],
  };
  return tokenize(article);
}

/** A corpus file, cleaned by ingest and tokenized, as the pipeline sees it. */
export function corpusDoc(relative: string): TokenizedDoc {
  const bytes = readFileSync(join(corpusDir, relative));
  const id = relative.replace(/\.txt$/, '');
  return tokenize(ingest({ id, source: relative, format: 'txt', bytes }));
}

export const entitiesOf = (text: string): Entity[] => extractEntities(docOf(text));

/** The entity of that type whose name or an alias is `form`. */
export function find(entities: Entity[], type: EntityType, form: string): Entity | undefined {
  return entities.find((e) => e.type === type && (e.name === form || e.aliases.includes(form)));
}

/** All names and aliases of one type. */
export const formsOf = (entities: Entity[], type: EntityType): string[] =>
  entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.aliases]);
